/**
 * Acronyms of common nouns: devices and formats, substances and diseases, business figures, degrees and offices,
 * codes of law (`SSD`, `THC`, `SMA`, `EBIT`, `MBA`, `MdB`, `StGB`). Alone they name no organisation, though the tagger
 * reads capitals as one (the real-news dev set: `SSD`, `THC`, `SMA` as ORG; GermEval dev: `MBA`, `MdB`, `StGB`).
 * Written as in news; inside a longer name they stay (`Deutsche Bank AG`).
 */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set(
  ('SSD SSDs HDD USB DVD DVDs CD CDs PC PCs TV GPS WLAN LED LEDs LCD SUV SUVs PKW LKW KI IT DNA RNA THC CBD PCR MRT ' +
    'EKG SMA HIV BIP EBIT EBITDA MBA CEO CFO CTO COO MdB MdL MdEP StGB BGB StPO ZPO FAQ PDF SMS').split(' '),
);
