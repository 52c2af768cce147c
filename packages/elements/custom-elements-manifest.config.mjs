// custom-elements.json is generated from the components' JSDoc (@event, @csspart, @cssproperty,
// @slot, property comments) on every build; editors and documentation tools read it.
export default {
  globs: ['src/**/*.component.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
};
