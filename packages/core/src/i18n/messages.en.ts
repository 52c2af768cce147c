export const messagesEn = { locale: 'en' } as const;
