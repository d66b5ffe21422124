import type { EvidenceGrade } from '../report/report-types';

const RANK: Record<EvidenceGrade, number> = { assumed: 0, modeled: 1, measured: 2 };

/** A figure built from several is only as strong as its weakest part: assumed < modeled < measured. */
export function weakest(a: EvidenceGrade | undefined, b: EvidenceGrade): EvidenceGrade {
  return a === undefined || RANK[b] < RANK[a] ? b : a;
}
