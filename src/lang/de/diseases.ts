/**
 * Diseases and viruses, which GermEval's guidelines do not count as names (`Corona`, `Ebola`, `Aids`), nor the
 * compounds they open (`Corona-Krise`, `Coronakrise`, `Ebola-Virus`, `Covid-Patienten`). Lower case keys.
 */
const DISEASES = [
  'corona', 'coronavirus', 'covid', 'covid-19', 'sars', 'sars-cov-2', 'mers', 'ebola', 'aids', 'hiv', 'zika',
  'influenza', 'malaria', 'cholera', 'tuberkulose', 'masern', 'polio', 'dengue', 'mpox', 'affenpocken', 'h1n1', 'h5n1',
  'omikron', 'omicron', 'delta-variante', 'sma', 'alzheimer', 'parkinson', 'diabetes', 'borreliose', 'noro', 'norovirus',
];
const DISEASE_SET = new Set(DISEASES);
/** Closed compounds opening with a disease (`Coronakrise`, `Ebolavirus`); at least 4 letters after it. */
const CLOSED = new RegExp(`^(${DISEASES.filter((d) => /^[a-z]+$/.test(d) && d.length >= 4).join('|')})[a-zäöüß]{4,}$`);

/**
 * True when the text (a mention) is a disease or virus, or a compound that opens with one: `Corona`,
 * `Corona-Zeiten`, `Ebola-Virus`, `Coronakrise`, `COVID-19`. Person names that are also disease eponyms
 * (`Alzheimer`, `Parkinson`) count only with a hyphen or a closed compound after them, not alone.
 */
export function isDiseaseMention(text: string): boolean {
  const lower = text.toLowerCase();
  if (DISEASE_SET.has(lower)) return lower !== 'alzheimer' && lower !== 'parkinson' && lower !== 'sma';
  const first = lower.split(/[-\u2010\u2011]/)[0];
  if (lower.includes('-') && DISEASE_SET.has(first) && !/\s/.test(lower)) return true;
  return CLOSED.test(lower) && !/\s/.test(lower);
}
