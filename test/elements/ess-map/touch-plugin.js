// A web-test-runner command for real touch input in Chromium: `executeServerCommand('ess-tap', {x, y})`
// taps with puppeteer's touchscreen (CDP Input.dispatchTouchEvent: touchstart/touchend, and the
// click the browser synthesises after them unless the page cancels the touch).
export function essTouchPlugin() {
  return {
    name: 'ess-touch',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ess-tap') return undefined;
      const page = session.browser.getPage(session.id);
      await page.touchscreen.tap(payload.x, payload.y);
      return true;
    },
  };
}
