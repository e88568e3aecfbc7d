// Injected into dist/Code.js by build/build.ts: the ES built-ins the add-in calls in its row loops,
// bound once to names local to the bundle. Apps Script gains nothing and loses nothing; node:vm
// (the runner, the tests, the bench) looks every global name up through the context's interceptor,
// about 25 times slower than a local name, which made a 50,000-row run in the vm pay it on every
// Math.max or Array.isArray. esbuild replaces only the names the bundle really uses.
const g = globalThis;
const _Array = g.Array;
const _Boolean = g.Boolean;
const _Date = g.Date;
const _Error = g.Error;
const _JSON = g.JSON;
const _Map = g.Map;
const _Math = g.Math;
const _Number = g.Number;
const _Object = g.Object;
const _RegExp = g.RegExp;
const _Set = g.Set;
const _String = g.String;
const _isFinite = g.isFinite;
const _isNaN = g.isNaN;
export {
  _Array as Array,
  _Boolean as Boolean,
  _Date as Date,
  _Error as Error,
  _JSON as JSON,
  _Map as Map,
  _Math as Math,
  _Number as Number,
  _Object as Object,
  _RegExp as RegExp,
  _Set as Set,
  _String as String,
  _isFinite as isFinite,
  _isNaN as isNaN,
};
