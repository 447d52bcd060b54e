/**
 * Office holders since 2000 of 86 governments, with their Wikidata items, as link-only PER entries, from
 * the every-politician-scrapers repositories (one per country; see _epscrapers.mjs): heads of state and government,
 * ministers and state secretaries, presidents of parliament and courts, central-bank governors, ambassadors, mayors
 * of capitals (`html/holders21.csv`); for Austria and Switzerland also the members of their parliaments
 * (`html/legislators.csv`: Nationalrat, Bundesrat, Landtage; Nationalrat, Ständerat, Grosse Räte); from the `world`
 * repository the holders of international posts (UN, Council of Europe, OSCE, WTO) and the members of the Council
 * of Europe's Parliamentary Assembly. Kept: people alive by the tables (`DOD`, `bio.csv`) in office in 2000 or later,
 * with a full name (see `personName`). Name: the English Wikidata label (the same as the German one for most
 * Europeans; `Petro Poroshenko`, not `Poroschenko`). `country` per repository; context: German role words of the
 * positions held (`Minister`, `Botschafter`, `Präsident`).
 */
import { dedupe } from './_common.mjs';
import { EPS_LICENCE, EPS_OWNER, loadHolders, siblingDir } from './_epscrapers.mjs';

/** [repository name, ISO 3166-1 alpha-2 of its country, commit]. */
export const REPOS = [
  ['afghanistan', 'AF', 'f54eb517a816eb2db1f6d5e4ad0d60dcf9de7e74'],
  ['albania-cabinet', 'AL', 'e8d362eb360459d1ffad1dbf5eec480294ef4746'],
  ['algeria-cabinet', 'DZ', 'a23de8549333fc55f861cc856d499acb9cd255de'],
  ['argentina-ministers', 'AR', '98105f511ea6ad6c9730e979190909cf34d9343b'],
  ['armenia-ministers', 'AM', '0f97f894d1206191bcc52e5925f00bac9a0299bf'],
  ['australia-cabinet', 'AU', '4c35a6ef087d076eb343b6177814574b2d6e43b8'],
  ['austria-cabinet', 'AT', 'd8d29777ec6abe3e2adfb82f5c308e944fb8f8a9'],
  ['azerbaijan-cabinet', 'AZ', '88e2221afaeb133eb9ac369d5a036c69bbeefc4d'],
  ['belarus-ministers', 'BY', '3edd7c7cbcba709c6165f7df09653dcbf50c7712'],
  ['belgium-cabinet', 'BE', 'a1420fcaec8b2c2966eebb13f352b95725d3785b'],
  ['bosnia-herzegovina-ministers', 'BA', '77bb9eb6a60e455fd4458255c9ac6fb5f9a5b2b2'],
  ['brazil-ministers', 'BR', 'de58065b42edc0c0f310185ffda9174540e9af5f'],
  ['bulgaria-cabinet', 'BG', '2068236a3e5af84bd30f347afe86bcc089d6fd5d'],
  ['canada-cabinet', 'CA', '3b3f0da86ca64c7e3ce6d0f073ed66612885d06f'],
  ['chile-ministers', 'CL', '412eb050c5f72daf9c0f31b6482c61180501c83a'],
  ['china-ministers', 'CN', '300341654d57cd10776238bae41c89b6ea315276'],
  ['croatia-ministers', 'HR', '6e44b5186fd289ec77c7a5d1378d86e4a1ad37a3'],
  ['cuba', 'CU', '5f8fa4ee8913ea123ef6727fbf0c8b3453fbbb86'],
  ['cyprus-cabinet', 'CY', '5fcbf4d37e23e62f820666403beb77e72c2f9916'],
  ['czech-ministers', 'CZ', '1e53f23f9405feacef64241294c342ab8eca0319'],
  ['denmark-cabinet', 'DK', '1599847eacdd27202c9b84387407cef25458f309'],
  ['ecuador-ministers', 'EC', 'b5360d52c89e2c9742019d3ea9c37972a737e243'],
  ['egypt-ministers', 'EG', 'f3820a30ce92a8557e3503202fed731e9d91275c'],
  ['estonia', 'EE', '27ed68480fd69b680a523eab604b6ccf26ed4332'],
  ['ethiopia-ministers', 'ET', 'e025c9ca8d02cc7f3a5522afd30d49350e64c5cf'],
  ['finland-cabinet', 'FI', '56412ba38703d3181b5dd5675b8410b95f6a5487'],
  ['france-cabinet', 'FR', '7ff37baf3297a83711c90ac84b1d3b2ecb50a541'],
  ['georgia-ministers', 'GE', 'e843205baddb9cd7321170ede5d08210b1bf6c78'],
  ['greece-cabinet', 'GR', '34bf1d17b4c2afa95e6063f93742e53f3d4c7454'],
  ['hong-kong', 'HK', '1512e32bdfc161dad75ab6b1d83a4c8af40c3834'],
  ['hungary-cabinet', 'HU', 'aee95092e592403fee7a5d87f0d6b8eeeda1e9ca'],
  ['india-ministers', 'IN', '66f344bbf207d35eaa3225edf5584ae0bb164fe8'],
  ['indonesia-ministers', 'ID', '66eaaf57191eff7e9d28eea926358bf83d443114'],
  ['iran-ministers', 'IR', 'a8e7c2fb16372b8b77a09303ae27d46a9ea21e67'],
  ['iraq-ministers', 'IQ', 'ab7f90c8298be91e36248b2ca5d7f268cee0b173'],
  ['ireland-ministers', 'IE', '562aee81a3802e59acc4cf21c8fce6a8ca35f76e'],
  ['israel-ministers', 'IL', '81da8707e865df568c7ba8b0b89bf95e7ffd4ae1'],
  ['italy-ministers', 'IT', '4f9e038f62f3c71f737fd7e30a4e35df1686f4eb'],
  ['japan-ministers', 'JP', '8ba3cb1992bee87f5b8dc566da87db2be8550a1a'],
  ['jordan-ministers', 'JO', '34bc64166cbe64a6a784a7b134f2fd55872fa5f7'],
  ['kazakhstan-cabinet', 'KZ', 'caf651f97dc0efed4955887c17fd6fadcdf7b111'],
  ['kenya', 'KE', '845fa144b1aa18652748624528d836b81e51b7d0'],
  ['kosovo-cabinet', 'XK', '66ca1f4176783fd77323a1f630723bd06b18abb0'],
  ['latvia-cabinet', 'LV', '5f141542ec29a0fa0dc91c29ee2b3d695b7d1e45'],
  ['liechtenstein-ministers', 'LI', 'e95c566cc81a5e5ba113435efbe3697832d91a62'],
  ['lithuania', 'LT', '2743892fbc8f4eca6fc0b2ead37936dc8d5229d9'],
  ['luxembourg-cabinet', 'LU', '7b920a2e507deea1887539f7ebb4fea0db43e7da'],
  ['malaysia-ministers', 'MY', 'bab25025f0c68e7c1c623e0ee7e4888032550e16'],
  ['malta-ministers', 'MT', '4cba0680d5436b0befc248615f230087fbd45be4'],
  ['mexico-ministers', 'MX', '87f5ae7dc992a800173a7c9de53ccbe25661dc61'],
  ['moldova-ministers', 'MD', '8f20086e5f2cc7b6019a841225e3c9e323c8d19d'],
  ['montenegro-cabinet', 'ME', '8ba0dd381b8c18ead1b8772c5bfddf9b6d83b246'],
  ['morocco-ministers', 'MA', 'b5246271b46859298b816869fd8c3ae7f658afd8'],
  ['myanmar-ministers', 'MM', '473d687f0dcb621d8c313ef32923d73094de21a5'],
  ['netherlands-cabinet', 'NL', 'a542323a663b1a7232e6f8e4843eda1f019a8705'],
  ['new-zealand-cabinet', 'NZ', 'dbf5f248a1d55fc1a111112bc904c8e7e8e26950'],
  ['nigeria', 'NG', '1f5d4aad9ba42a810e353d0d7b4378fedc4429e6'],
  ['north-macedonia-ministers', 'MK', '6f680e0dc4d625b98a0f03138ae8a8ff5b31635d'],
  ['norway-cabinet', 'NO', 'c0bc52971dac1a8734320e298a714903adae5b83'],
  ['pakistan-ministers', 'PK', '065accdb5d8d693e89c0bc559862c10f66d443d1'],
  ['philippines-ministers', 'PH', '1f396f9a8c2e3397cfe392fca350c8943aa1d5f5'],
  ['poland-cabinet', 'PL', 'c6b228df3eed6e9ba89f02bf424f870a66ea47a6'],
  ['portugal-cabinet', 'PT', '49dd0287a8d715a217ba067c04d574b2632864af'],
  ['romania-cabinet', 'RO', '63e9c5d352fa9a477e708ecc2ac4523af9534cfe'],
  ['russia-cabinet', 'RU', '3871831d9846a16c5017acc229e003ab706202ab'],
  ['saudi-ministers', 'SA', '566c58806bee4d91167f3dcbd19abbb596e65497'],
  ['scotland-cabinet', 'GB', '082f5ce4eda96d7e9ea8af82df53fefd85962cca'],
  ['serbia-ministers', 'RS', 'a4a525577243b1a2ebc9c98de0801347aba26e52'],
  ['slovakia-cabinet', 'SK', 'db4bf5310f557452cd6140a61739d4103c35debf'],
  ['slovenia-cabinet', 'SI', '7a1dca9809cba7fb945c7a21154edf494d043879'],
  ['south-africa-cabinet', 'ZA', '0558a872c69856bba752bd3b8b3604e4e4479252'],
  ['south-korea-ministers', 'KR', '6f17960017c672790f0997885e5b2ff5937305de'],
  ['spain-ministers', 'ES', '1e1550ca85af4c39b71e6a462fead133849fe078'],
  ['sweden-cabinet', 'SE', '6756a7c9de57d94b64628365d3715a344c3ad9a7'],
  ['swiss-federal-council', 'CH', '7cb72efe7f83e593d6be64fa649c993c5042e49c'],
  ['syria', 'SY', '08fddba7b3f3beef8ac10a7201ef1ff1cc7318af'],
  ['taiwan', 'TW', '45c981ac5a15e4bdacfda83f77a64d275156ca4b'],
  ['tunisia-ministers', 'TN', '6e35fc4e7f3d8c1f0bbb453d3b522177a7820dfe'],
  ['turkey-ministers', 'TR', '288fbd45ee3fa59f8a226437bf43d726c9845f4f'],
  ['uae-ministers', 'AE', '9478e53b0ada6f31a1877fddb499f33207efa368'],
  ['ukraine-cabinet', 'UA', '4fc6ab0f4d90d6170b674172a115f1bc98478e4b'],
  ['united-kingdom-cabinet', 'GB', '3a5ec686630cbefc0fe4b96da38a2a50b52d2556'],
  ['us-cabinet', 'US', '0d5e73cb24ba9f78bc36f6cd0fbe9839e6cd8600'],
  ['venezuela', 'VE', '468bc47dfe82a6912833f85ccb15888baa132a6c'],
  ['vietnam', 'VN', '906e493fe5ae307bf6184baa4fa9e48d75f9866d'],
  ['wales-cabinet', 'GB', '929c9e07a44fc9bf62e43f54c9edbcedc70d92d9'],
];
/** The repository of international posts (no country); its `repo` is this source's `repository`. */
const WORLD_COMMIT = '4a3b394d9a35d26d138cded8718d0805b7ce9336';
/** Countries whose parliament members are taken too (German-language news covers their regional politics). */
const WITH_LEGISLATORS = new Set(['AT', 'CH']);

/** Built after the other sources and after optv-speakers and mep-wikidata (build.mjs): this table's names are English labels. */
export const late = 2;

export const source = {
  id: 'everypolitician-officeholders',
  title: 'Office holders since 2000 of 86 governments and of international posts (every-politician-scrapers)',
  repository: `https://github.com/${EPS_OWNER}/world`,
  commit: WORLD_COMMIT,
  paths: ['html/holders21.csv', 'html/legislators.csv', 'html/bio.csv',
    ...REPOS.map(([name, iso2, commit]) => `${EPS_OWNER}/${name}@${commit}:html/holders21.csv${WITH_LEGISLATORS.has(iso2) ? ',html/legislators.csv' : ''},html/bio.csv`)],
  licence: EPS_LICENCE,
  qids: 'Wikidata items holding the positions (P39), selected with the repositories\' SPARQL queries (wikidata/*.js) by EveryPolitician',
};

export async function load({ mirrorDir }) {
  const entries = [];
  for (const [name, iso2, commit] of REPOS) {
    const dir = siblingDir(mirrorDir, name);
    if (!dir) {
      console.error(`${source.id}: ${EPS_OWNER}/${name} not fetched; left out`);
      continue;
    }
    const files = ['html/holders21.csv', ...(WITH_LEGISLATORS.has(iso2) ? ['html/legislators.csv'] : [])];
    entries.push(...loadHolders({ dir, commit, files, iso2, fromYear: 2000, sourceId: source.id }));
  }
  entries.push(...loadHolders({ dir: mirrorDir, commit: WORLD_COMMIT, files: ['html/holders21.csv', 'html/legislators.csv'], fromYear: 2000, sourceId: source.id }));
  return dedupe(entries);
}
