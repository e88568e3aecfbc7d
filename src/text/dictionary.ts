// Text tables without a prototype. Every Apps Script execution (each custom-function call included)
// runs the bundle's top-level code in a fresh global, where V8 makes an object literal key by key, one
// hidden class per key (about 0.6 µs each: H alone took 35 µs); a literal written with `__proto__: null`
// is made as one hash table instead, about seven times faster, and reads by name cost about the same.
// Keep it for tables read by name; small objects read in the engine's loops stay plain literals.
// The two largest tables of functions (LOG_TEXT, CONFIG_TEXT) are class instances instead: a class's methods
// are put on its prototype in one step, a little faster again, but each method is a few bytes longer than
// `key: () =>`; for a table of a few functions the hash table is as fast.

/** `dictionary({ __proto__: null, ...texts })`: the table, typed without `__proto__`. */
export function dictionary<T extends { readonly __proto__: null }>(table: T): Omit<T, "__proto__"> {
  return table;
}
