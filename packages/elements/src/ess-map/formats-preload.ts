// Core's CSV and GeoJSON readers, named here only so the data controller can ask for their chunk at
// the same time as the validation chunk that imports them (otherwise the browser finds it only after
// parsing that chunk: one more round trip before the first paint).
export { actorFromRow, actorsFromGeoJson, parseCsvText } from '@terreau/core';
