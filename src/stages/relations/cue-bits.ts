/**
 * Bits of the cue classes of the relation rules: which rule a token can set off. A token's bits come from its word
 * (memoised per word) and from the token itself (token-cues.ts); a rule skips the sentences without its bits.
 */
export const CUE = {
  /** A delivery or making verb of suppliesTo (`liefern`, `fertigt`). */
  delivery: 1,
  /** A receiving verb of suppliesTo (`erhält`, `bezog`). */
  receives: 2,
  /** A word that starts a clause of stakes (`an`, `Aktionär`, `gehört`, `Tochter`, `übernommen`). */
  stake: 4,
  /** A word that makes `an` a stake in stakes (`beteiligt`, `Anteile`, `Prozent`, `hält`, `Aktien`). */
  stakeWord: 64,
  /** A word holding `ründe`: every founder noun and founding verb of founder (`Gründer`, `gegründet`). */
  founding: 8,
  /** A compound whose text holds `ründe` (`Tesla-Gründer`, by the token's text, not its word). */
  foundingPart: 16,
  /** A head role of roleAppositive (`Chef`, `Präsident`, `Vorstand`). */
  headRole: 32,
} as const;
