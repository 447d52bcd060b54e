import type { KbEntry } from '../types.js';

/**
 * Trade unions and employers' and business associations.
 * Wikidata ids: none confirmed yet.
 */
export const unions: KbEntry[] = [
  { id: 'org:dgb', type: 'ORG', schemaType: 'Organization', name: 'DGB', nameEn: 'German Trade Union Confederation', aliases: ['Deutscher Gewerkschaftsbund'], compoundForms: ['DGB'], country: 'loc:germany' },
  { id: 'org:verdi', type: 'ORG', schemaType: 'Organization', name: 'Verdi', nameEn: 'ver.di', aliases: ['Ver.di', 'ver.di', 'Vereinte Dienstleistungsgewerkschaft'], compoundForms: ['Verdi'], country: 'loc:germany' },
  { id: 'org:ig-metall', type: 'ORG', schemaType: 'Organization', name: 'IG Metall', nameEn: 'IG Metall', aliases: ['Industriegewerkschaft Metall'], country: 'loc:germany' },
  { id: 'org:ig-bce', type: 'ORG', schemaType: 'Organization', name: 'IG BCE', nameEn: 'IG BCE', aliases: ['Industriegewerkschaft Bergbau, Chemie, Energie'], country: 'loc:germany' },
  { id: 'org:ig-bau', type: 'ORG', schemaType: 'Organization', name: 'IG BAU', nameEn: 'IG BAU', aliases: ['Industriegewerkschaft Bauen-Agrar-Umwelt'], country: 'loc:germany' },
  { id: 'org:evg', type: 'ORG', schemaType: 'Organization', name: 'EVG', nameEn: 'Railway and Transport Union', aliases: ['Eisenbahn- und Verkehrsgewerkschaft'], compoundForms: ['EVG'], country: 'loc:germany' },
  { id: 'org:gdl', type: 'ORG', schemaType: 'Organization', name: 'GDL', nameEn: 'German Train Drivers\' Union', aliases: ['Gewerkschaft Deutscher Lokomotivführer', 'Lokführergewerkschaft'], compoundForms: ['GDL'], country: 'loc:germany' },
  { id: 'org:gew', type: 'ORG', schemaType: 'Organization', name: 'GEW', nameEn: 'Education and Science Workers\' Union', aliases: ['Gewerkschaft Erziehung und Wissenschaft'], compoundForms: ['GEW'], country: 'loc:germany' },
  { id: 'org:ngg', type: 'ORG', schemaType: 'Organization', name: 'NGG', nameEn: 'Food, Beverages and Catering Union', aliases: ['Gewerkschaft Nahrung-Genuss-Gaststätten'], compoundForms: ['NGG'], country: 'loc:germany' },
  { id: 'org:gdp', type: 'ORG', schemaType: 'Organization', name: 'Gewerkschaft der Polizei', nameEn: 'Police Union', aliases: ['GdP'], compoundForms: ['GdP'], country: 'loc:germany' },
  { id: 'org:dpolg', type: 'ORG', schemaType: 'Organization', name: 'Deutsche Polizeigewerkschaft', nameEn: 'German Police Union', aliases: ['DPolG'], compoundForms: ['DPolG'], country: 'loc:germany' },
  { id: 'org:marburger-bund', type: 'ORG', schemaType: 'Organization', name: 'Marburger Bund', nameEn: 'Marburger Bund', country: 'loc:germany' },
  { id: 'org:vereinigung-cockpit', type: 'ORG', schemaType: 'Organization', name: 'Vereinigung Cockpit', nameEn: 'Vereinigung Cockpit', country: 'loc:germany' },
  { id: 'org:dbb', type: 'ORG', schemaType: 'Organization', name: 'Beamtenbund', nameEn: 'dbb beamtenbund und tarifunion', aliases: ['dbb', 'dbb beamtenbund und tarifunion', 'Deutscher Beamtenbund'], compoundForms: ['dbb'], country: 'loc:germany' },
  { id: 'org:djv', type: 'ORG', schemaType: 'Organization', name: 'Deutscher Journalisten-Verband', nameEn: 'German Journalists Association', aliases: ['DJV'], compoundForms: ['DJV'], country: 'loc:germany' },
  { id: 'org:bdi', type: 'ORG', schemaType: 'Organization', name: 'BDI', nameEn: 'Federation of German Industries', aliases: ['Bundesverband der Deutschen Industrie'], compoundForms: ['BDI'], country: 'loc:germany' },
  { id: 'org:bda', type: 'ORG', schemaType: 'Organization', name: 'BDA', nameEn: 'Confederation of German Employers\' Associations', aliases: ['Bundesvereinigung der Deutschen Arbeitgeberverbände', 'Arbeitgeberverband BDA'], compoundForms: ['BDA'], country: 'loc:germany' },
  { id: 'org:dihk', type: 'ORG', schemaType: 'Organization', name: 'DIHK', nameEn: 'Association of German Chambers of Industry and Commerce', aliases: ['Deutsche Industrie- und Handelskammer'], compoundForms: ['DIHK'], country: 'loc:germany' },
  { id: 'org:zdh', type: 'ORG', schemaType: 'Organization', name: 'ZDH', nameEn: 'German Confederation of Skilled Crafts', aliases: ['Zentralverband des Deutschen Handwerks'], compoundForms: ['ZDH'], country: 'loc:germany' },
  { id: 'org:vda', type: 'ORG', schemaType: 'Organization', name: 'VDA', nameEn: 'German Association of the Automotive Industry', aliases: ['Verband der Automobilindustrie'], compoundForms: ['VDA'], country: 'loc:germany' },
  { id: 'org:vdma', type: 'ORG', schemaType: 'Organization', name: 'VDMA', nameEn: 'Mechanical Engineering Industry Association', aliases: ['Verband Deutscher Maschinen- und Anlagenbau'], compoundForms: ['VDMA'], country: 'loc:germany' },
  { id: 'org:gesamtmetall', type: 'ORG', schemaType: 'Organization', name: 'Gesamtmetall', nameEn: 'Gesamtmetall', aliases: ['Arbeitgeberverband Gesamtmetall'], compoundForms: ['Gesamtmetall'], country: 'loc:germany' },
  { id: 'org:bitkom', type: 'ORG', schemaType: 'Organization', name: 'Bitkom', nameEn: 'Bitkom', aliases: ['Digitalverband Bitkom'], compoundForms: ['Bitkom'], country: 'loc:germany' },
  { id: 'org:bdew', type: 'ORG', schemaType: 'Organization', name: 'BDEW', nameEn: 'German Association of Energy and Water Industries', aliases: ['Bundesverband der Energie- und Wasserwirtschaft'], compoundForms: ['BDEW'], country: 'loc:germany' },
  { id: 'org:vci', type: 'ORG', schemaType: 'Organization', name: 'VCI', nameEn: 'German Chemical Industry Association', aliases: ['Verband der Chemischen Industrie'], compoundForms: ['VCI'], country: 'loc:germany' },
  { id: 'org:hde', type: 'ORG', schemaType: 'Organization', name: 'HDE', nameEn: 'German Retail Federation', aliases: ['Handelsverband Deutschland'], compoundForms: ['HDE'], country: 'loc:germany' },
  { id: 'org:zvei', type: 'ORG', schemaType: 'Organization', name: 'ZVEI', nameEn: 'German Electrical and Electronic Manufacturers\' Association', aliases: ['Verband der Elektro- und Digitalindustrie'], compoundForms: ['ZVEI'], country: 'loc:germany' },
  { id: 'org:bdl', type: 'ORG', schemaType: 'Organization', name: 'BDL', nameEn: 'German Aviation Association', aliases: ['Bundesverband der Deutschen Luftverkehrswirtschaft'], country: 'loc:germany' },
  { id: 'org:vdv', type: 'ORG', schemaType: 'Organization', name: 'VDV', nameEn: 'Association of German Transport Companies', aliases: ['Verband Deutscher Verkehrsunternehmen'], compoundForms: ['VDV'], country: 'loc:germany' },
  { id: 'org:pro-bahn', type: 'ORG', schemaType: 'NGO', name: 'Pro Bahn', nameEn: 'Pro Bahn', aliases: ['Fahrgastverband Pro Bahn'], country: 'loc:germany' },
  { id: 'org:vzbv', type: 'ORG', schemaType: 'NGO', name: 'Verbraucherzentrale Bundesverband', nameEn: 'Federation of German Consumer Organisations', aliases: ['vzbv'], compoundForms: ['vzbv'], country: 'loc:germany' },
  { id: 'org:adac', type: 'ORG', schemaType: 'NGO', name: 'ADAC', nameEn: 'ADAC', aliases: ['Allgemeiner Deutscher Automobil-Club'], compoundForms: ['ADAC'], country: 'loc:germany' },
  { id: 'org:afl-cio', type: 'ORG', schemaType: 'Organization', name: 'AFL-CIO', nameEn: 'AFL-CIO', compoundForms: ['AFL-CIO'], country: 'loc:usa' },
  { id: 'org:uaw', type: 'ORG', schemaType: 'Organization', name: 'UAW', nameEn: 'United Auto Workers', aliases: ['United Auto Workers', 'Autogewerkschaft UAW'], compoundForms: ['UAW'], country: 'loc:usa' },
  { id: 'org:etuc', type: 'ORG', schemaType: 'Organization', name: 'Europäischer Gewerkschaftsbund', nameEn: 'European Trade Union Confederation', aliases: ['EGB'], compoundForms: ['EGB'], country: 'loc:belgium' },
];
