/** Helpers for the sports tables (tennis players, Olympic medallists): IOC country codes to faktum country ids, and
 * German words of sports reports (context words: an article about `Tennis` supports a tennis player of that name).
 * Context words are single lower-cased tokens of the article, so only one-word forms help. */
import countries from 'i18n-iso-countries';
import { countryIdsByIso2 } from './_common.mjs';

/** IOC codes that differ from the ISO 3166-1 alpha-3 code of the same country (current codes only). */
const IOC_TO_ISO3 = {
  GER: 'DEU', SUI: 'CHE', NED: 'NLD', CRO: 'HRV', POR: 'PRT', GRE: 'GRC', DEN: 'DNK', RSA: 'ZAF', BUL: 'BGR', CHI: 'CHL',
  SLO: 'SVN', LAT: 'LVA', ALG: 'DZA', ANG: 'AGO', BAH: 'BHS', BAR: 'BRB', BER: 'BMU', BOT: 'BWA', BRU: 'BRN', CAM: 'KHM',
  CHA: 'TCD', CRC: 'CRI', ESA: 'SLV', FIJ: 'FJI', GAM: 'GMB', GUA: 'GTM', HAI: 'HTI', HON: 'HND', INA: 'IDN', IRI: 'IRN',
  KSA: 'SAU', KUW: 'KWT', LBA: 'LBY', LIB: 'LBN', MAS: 'MYS', MGL: 'MNG', MRI: 'MUS', MYA: 'MMR', NEP: 'NPL', NGR: 'NGA',
  NIG: 'NER', OMA: 'OMN', PAR: 'PRY', PHI: 'PHL', PUR: 'PRI', SRI: 'LKA', SUD: 'SDN', TAN: 'TZA', TPE: 'TWN', UAE: 'ARE',
  URU: 'URY', VIE: 'VNM', ZAM: 'ZMB', ZIM: 'ZWE', TGA: 'TON', MON: 'MCO', SAM: 'WSM', VAN: 'VUT', ISV: 'VIR', IVB: 'VGB',
  CAY: 'CYM', ARU: 'ABW', GEQ: 'GNQ', GBS: 'GNB', LES: 'LSO', MAD: 'MDG', MAW: 'MWI', SEY: 'SYC', SOL: 'SLB', SKN: 'KNA',
  VIN: 'VCT', BAN: 'BGD', BIZ: 'BLZ', BUR: 'BFA', CGO: 'COG', COD: 'COD', DMA: 'DMA', GRN: 'GRD', GUI: 'GIN',
  LCA: 'LCA', MTN: 'MRT', NCA: 'NIC', PLE: 'PSE', TOG: 'TGO', ASA: 'ASM', GUM: 'GUM', SIN: 'SGP',
};

/** IOC code (`GER`) -> faktum country id (`loc:germany`), or undefined (historic codes such as URS, FRG, YUG). */
export function countryIdsByIoc() {
  const byIso2 = countryIdsByIso2();
  return (ioc) => {
    if (!ioc) return undefined;
    if (ioc === 'KOS') return byIso2.get('XK');
    const a2 = countries.alpha3ToAlpha2(IOC_TO_ISO3[ioc] ?? ioc);
    return a2 ? byIso2.get(a2) : undefined;
  };
}

/** Words of any Olympic report. */
export const OLYMPIC_WORDS_DE = ['Olympia', 'Olympische', 'Olympischen', 'Olympiasieger', 'Olympiasiegerin', 'Medaille', 'Goldmedaille', 'Silbermedaille', 'Bronzemedaille', 'Weltmeister', 'Weltmeisterin'];
/** Words of a tennis report. */
export const TENNIS_WORDS_DE = ['Tennis', 'ATP', 'WTA', 'Wimbledon', 'Grand-Slam', 'Satz', 'Sätze', 'Tiebreak', 'Achtelfinale', 'Viertelfinale', 'Halbfinale', 'Davis-Cup', 'Fed-Cup', 'Billie-Jean-King-Cup'];
/**
 * Words of reports on each Olympic sport, keyed by the sport's English Wikidata label as EDJNet/OlympicsGoNUTS writes
 * it (`sport` column). Only words that are no common lower-case German word (not `Einer`, `Achter`, `Ringen`, `Boden`).
 */
const CYCLING = ['Radsport', 'Radrennen', 'Radprofi', 'Radprofis', 'Bahnrad', 'Etappe', 'Zeitfahren', 'Giro', 'Vuelta', 'Peloton'];
const GYMNASTICS = ['Turnen', 'Turner', 'Turnerin', 'Reck', 'Barren', 'Schwebebalken', 'Trampolin'];
const WRESTLING = ['Ringer', 'Ringerin', 'Ringkampf'];
export const SPORT_WORDS_DE = {
  swimming: ['Schwimmen', 'Schwimmer', 'Schwimmerin', 'Freistil', 'Schwimm-WM'],
  'open water swimming': ['Schwimmen', 'Schwimmer', 'Schwimmerin', 'Freiwasser'],
  athletics: ['Leichtathletik', 'Sprinter', 'Sprinterin', 'Marathon', 'Hürden', 'Weitsprung', 'Hochsprung', 'Stabhochsprung', 'Speerwurf', 'Kugelstoßen', 'Diskus', 'Zehnkampf', 'Siebenkampf'],
  rowing: ['Rudern', 'Ruderer', 'Ruderin', 'Regatta'],
  'association football': ['Fußball', 'Tor', 'Tore', 'Stürmer', 'Torwart', 'Nationalmannschaft', 'Nationalspieler', 'Nationalspielerin', 'Länderspiel'],
  'field hockey': ['Hockey', 'Hockeyspieler', 'Hockeyspielerin'],
  handball: ['Handball', 'Handballer', 'Handballerin', 'Rückraum'],
  'artistic gymnastics': GYMNASTICS, gymnastics: GYMNASTICS, 'trampoline gymnastics': GYMNASTICS,
  'rhythmic gymnastics': ['Sportgymnastik', 'Gymnastik', 'Gymnastin'],
  'canoeing and kayaking': ['Kanu', 'Kajak', 'Kanute', 'Kanutin', 'Canadier'], 'canoe sprint': ['Kanu', 'Kajak', 'Kanute', 'Kanutin'],
  'canoe slalom': ['Kanu', 'Kajak', 'Wildwasser', 'Slalom'],
  fencing: ['Fechten', 'Fechter', 'Fechterin', 'Degen', 'Florett', 'Säbel'],
  volleyball: ['Volleyball', 'Volleyballer', 'Volleyballerin'], 'beach volleyball': ['Beachvolleyball', 'Volleyball'],
  judo: ['Judo', 'Judoka'],
  basketball: ['Basketball', 'Basketballer', 'Basketballerin', 'NBA', 'WNBA'],
  'water polo': ['Wasserball'],
  boxing: ['Boxen', 'Boxer', 'Boxerin', 'Boxkampf', 'Schwergewicht', 'Weltergewicht', 'Titelkampf'],
  sailing: ['Segeln', 'Segler', 'Seglerin', 'Regatta'],
  'shooting sport': ['Sportschießen', 'Schütze', 'Schützin', 'Schießen'],
  weightlifting: ['Gewichtheben', 'Gewichtheber', 'Gewichtheberin'],
  diving: ['Wasserspringen', 'Turmspringen', 'Kunstspringen'],
  'track cycling': CYCLING, 'cycle sport': CYCLING, 'road bicycle racing': CYCLING, BMX: ['BMX', ...CYCLING],
  'mountain biking': ['Mountainbike', ...CYCLING], 'cross-country cycling': ['Mountainbike', ...CYCLING],
  archery: ['Bogenschießen', 'Bogenschütze', 'Bogenschützin'],
  'rugby sevens': ['Rugby'],
  'table tennis': ['Tischtennis'],
  baseball: ['Baseball', 'MLB'], softball: ['Softball'],
  badminton: ['Badminton'],
  'synchronized swimming': ['Synchronschwimmen'],
  wrestling: WRESTLING, 'freestyle wrestling': WRESTLING, 'Greco-Roman wrestling': WRESTLING,
  taekwondo: ['Taekwondo'],
  tennis: TENNIS_WORDS_DE,
  'equestrian sport': ['Reiten', 'Reiter', 'Reiterin', 'Dressur', 'Springreiten', 'Springreiter', 'Vielseitigkeit'],
  eventing: ['Reiten', 'Reiter', 'Reiterin', 'Vielseitigkeit'], dressage: ['Reiten', 'Reiter', 'Reiterin', 'Dressur'],
  'show jumping': ['Reiten', 'Reiter', 'Reiterin', 'Springreiten', 'Springreiter'],
  triathlon: ['Triathlon', 'Triathlet', 'Triathletin', 'Ironman'],
  'modern pentathlon': ['Fünfkampf'],
  karate: ['Karate'],
  golf: ['Golf', 'Golfer', 'Golferin', 'PGA', 'Ryder-Cup'],
  'sport climbing': ['Klettern', 'Kletterer', 'Kletterin'],
  skateboarding: ['Skateboard', 'Skateboarder', 'Skateboarderin'],
  surfing: ['Surfen', 'Surfer', 'Surferin'],
  breakdance: ['Breakdance', 'Breaking'],
};
