/** How one input went in one face. */
export interface Outcome {
  status: 'ok' | 'crash' | 'hang';
  ms: number;
  /** What went wrong, for the report. */
  detail?: string;
}
