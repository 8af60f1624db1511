/**
 * A file jixiao cannot read, with a reason a reviewer understands. Raised by ingest; the CLI and the importer
 * report it with the file's path and go on with the rest of a batch.
 */
export class InputError extends Error {
  constructor(
    /** A stable machine-readable code (`empty-file`, `binary-file`, `no-report`, `legacy-doc` …). */
    readonly code: string,
    /** The reason in Chinese, for the reviewer. */
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
