/** Why data could not be loaded at all. */
export type DataErrorKind =
  | 'network'
  | 'http'
  | 'timeout'
  | 'truncated'
  | 'invalid-json'
  | 'wrong-content'
  | 'empty'
  | 'too-large';

/** Detail of `ess-data-error`: nothing could be shown; the element displays a retryable error. */
export interface EssDataErrorDetail {
  kind: DataErrorKind;
  /** The URL that was fetched, when the data came from `src`. */
  url?: string;
  /** HTTP status for `kind: 'http'`. */
  status?: number;
  /** `too-large`: the bytes read (decompressed) when the reading was stopped. */
  bytes?: number;
  /** `too-large`: the limit in bytes (the `max-bytes` attribute). */
  limit?: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ess-data-error': CustomEvent<EssDataErrorDetail>;
  }
}
