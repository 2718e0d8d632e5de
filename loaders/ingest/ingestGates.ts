/** Gates an ingest run must pass before it writes anything (ingest checks them after validation). */
export interface IngestGates {
  /** Largest share of the rows read that may be quarantined (`--max-quarantine-rate`). */
  maxQuarantineRate: number;
  /** Largest share of the valid rows that retention may purge (`--max-purge-rate`), unless `allowPurge`. */
  maxPurgeRate: number;
  /** Purge whatever retention says, however much (`--allow-purge`). */
  allowPurge: boolean;
}

/** The CLI's default `--max-quarantine-rate`: a batch with more than 5 % bad rows is an incident, not a batch. */
export const DEFAULT_MAX_QUARANTINE_RATE = 0.05;

/**
 * Defaults of the ingest function: no quarantine limit (the CLI sets DEFAULT_MAX_QUARANTINE_RATE), at most 5 % of
 * the valid rows purged by retention.
 */
export const DEFAULT_GATES: IngestGates = {maxQuarantineRate: 1, maxPurgeRate: 0.05, allowPurge: false};

/**
 * Why a run must stop without writing (exit 1, previous outputs unchanged), or undefined when it may commit:
 * a non-empty source of which no row passed validation ("nothing accepted is not a success"), a quarantined share
 * above `maxQuarantineRate`, or retention purging more than `maxPurgeRate` of the valid rows (accepted + purged
 * from accepted) without `allowPurge`. `rows` are the run's final counts (accepted after purging).
 *
 * @example gateFailure({read: 10, accepted: 0, quarantined: 10, purged: 0}, 0, DEFAULT_GATES) // => "no row accepted of 10 read"
 */
export function gateFailure(
  rows: {read: number; accepted: number; quarantined: number; purged: number},
  purgedAccepted: number,
  gates: IngestGates
): string | undefined {
  const valid = rows.accepted + purgedAccepted;
  if (rows.read > 0 && valid === 0) return `no row accepted of ${rows.read} read`;
  const rate = rows.read === 0 ? 0 : rows.quarantined / rows.read;
  if (rate > gates.maxQuarantineRate)
    return `quarantine rate ${rate.toFixed(4)} exceeds ${gates.maxQuarantineRate} (--max-quarantine-rate)`;
  if (!gates.allowPurge && valid > 0 && purgedAccepted / valid > gates.maxPurgeRate)
    return `retention would purge ${purgedAccepted} of ${valid} valid rows (${(100 * (purgedAccepted / valid)).toFixed(1)} %), more than ${gates.maxPurgeRate} (--max-purge-rate); --allow-purge purges them`;
  return undefined;
}
