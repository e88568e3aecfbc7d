// DocumentApp of the imitation: the part of Google Docs a report needs.

export {
  LocalDocument,
  LocalDocumentApp,
  type DocRegistry,
  type RawBlock,
  type RawCell,
  type RawRun,
} from "./document";
export { DocModel } from "./model";
