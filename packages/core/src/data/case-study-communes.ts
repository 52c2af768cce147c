// The communes of the default dataset's places, by place: INSEE code and name only. The rest of each
// place (postcode, département, région, SIREN, EPCI, position) is in case-study-places.ts, which
// builds on this, so that looking a commune up by code or name (default-communes.ts, the advisor's
// commune field) carries no more than that.
export const placeCommunes = {
  crest: { communeCode: '26108', city: 'Crest' },
  fauxLaMontagne: { communeCode: '23077', city: 'Faux-la-Montagne' },
  auvillers: { communeCode: '08037', city: 'Auvillers-les-Forges' },
  toulouse: { communeCode: '31555', city: 'Toulouse' },
  saintMichelDeChaillol: { communeCode: '05153', city: 'Saint-Michel-de-Chaillol' },
  riviereDrugeon: { communeCode: '25493', city: 'La Rivière-Drugeon' },
  franseches: { communeCode: '23086', city: 'Fransèches' },
  comberanche: { communeCode: '24128', city: 'Comberanche-et-Épeluche' },
  saintDenisReunion: { communeCode: '97411', city: 'Saint-Denis' },
  montrevault: { communeCode: '49218', city: 'Montrevault-sur-Èvre' },
  poitiers: { communeCode: '86194', city: 'Poitiers' },
  leLamentin: { communeCode: '97213', city: 'Le Lamentin' },
  herouville: { communeCode: '14327', city: 'Hérouville-Saint-Clair' },
  sainteGenevieve: { communeCode: '91549', city: 'Sainte-Geneviève-des-Bois' },
  sallesCuran: { communeCode: '12253', city: 'Salles-Curan' },
  // Seats of the partners (préfectures, regional capitals, EPCI and park seats).
  valence: { communeCode: '26362', city: 'Valence' },
  lyon: { communeCode: '69123', city: 'Lyon' },
  eurre: { communeCode: '26125', city: 'Eurre' },
  bordeaux: { communeCode: '33063', city: 'Bordeaux' },
  aubusson: { communeCode: '23008', city: 'Aubusson' },
  millevaches: { communeCode: '19139', city: 'Millevaches' },
  charleville: { communeCode: '08105', city: 'Charleville-Mézières' },
  strasbourg: { communeCode: '67482', city: 'Strasbourg' },
  gap: { communeCode: '05061', city: 'Gap' },
  gueret: { communeCode: '23096', city: 'Guéret' },
  bourganeuf: { communeCode: '23030', city: 'Bourganeuf' },
  perigueux: { communeCode: '24322', city: 'Périgueux' },
  nantes: { communeCode: '44109', city: 'Nantes' },
  fortDeFrance: { communeCode: '97209', city: 'Fort-de-France' },
  evry: { communeCode: '91228', city: 'Évry-Courcouronnes' },
  millau: { communeCode: '12145', city: 'Millau' },
  caen: { communeCode: '14118', city: 'Caen' },
} as const;

export type PlaceKey = keyof typeof placeCommunes;
