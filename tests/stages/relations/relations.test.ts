import { describe, expect, it } from 'vitest';
import { extract, relationTriples } from '../../helpers/pipeline.js';

describe('relations.de.v1 on German sentences beyond the seed', () => {
  it.each([
    ['headOf: company prefix on a role noun', 'Airbus-Chef Guillaume Faury sprach in Toulouse.', 'Guillaume Faury headOf Airbus'],
    ['headOf: closed compound role', 'Siemenschef Roland Busch legte Zahlen vor.', 'Roland Busch headOf Siemens'],
    ['headOf: genitive place before the role', 'Sachsens Ministerpräsident Michael Kretschmer besuchte das Werk.', 'Michael Kretschmer headOf Sachsen'],
    ['headOf: derived adjective before the role', 'Der französische Präsident Emmanuel Macron reiste ab.', 'Emmanuel Macron headOf Frankreich'],
    ['headOf: apposition after the name', 'Oliver Zipse, Chef von BMW, sprach in München.', 'Oliver Zipse headOf BMW'],
    ['headOf: apposition before the name', 'Die Chefin der Commerzbank, Bettina Orlopp, sagte nichts.', 'Bettina Orlopp headOf Commerzbank'],
    ['memberOf: party in brackets', 'Der Abgeordnete Hans Weidner (CDU) stimmte dagegen.', 'Hans Weidner memberOf CDU'],
    ['memberOf: party in the role word', 'SPD-Politikerin Maria Hollstein kritisierte den Plan.', 'Maria Hollstein memberOf SPD'],
    ['basedIn: country prefix on an org noun', 'Der US-Konzern Apple meldete Rekorde.', 'Apple basedIn USA'],
    ['basedIn: adjective before an org noun', 'Der taiwanische Chipkonzern TSMC baut in Dresden.', 'TSMC basedIn Taiwan'],
    ['basedIn: X aus Y', 'Die Firma Siemens aus München wächst.', 'Siemens basedIn München'],
    ['manufacturer: make verb', 'Boeing baut die 737 Max in Renton.', 'Boeing manufacturer 737 Max'],
    ['suppliesTo: liefern nach', 'Siemens liefert Turbinen nach Ägypten.', 'Siemens suppliesTo Ägypten'],
    ['suppliesTo: verkaufen an', 'Airbus verkauft 20 Flugzeuge an die Lufthansa.', 'Airbus suppliesTo Lufthansa'],
    ['shareholderOf: hält Prozent an', 'Volkswagen hält 10 Prozent an Traton.', 'Volkswagen shareholderOf Traton'],
    ['shareholderOf: ist an beteiligt', 'Das Land Niedersachsen ist an Volkswagen beteiligt.', 'Niedersachsen shareholderOf Volkswagen'],
    ['founderOf: founder compound', 'Tesla-Gründer Elon Musk meldete sich zu Wort.', 'Elon Musk founderOf Tesla'],
    ['basedIn: place adjective on any describing noun', 'Der schwedische Rivale Volvo legte zu.', 'Volvo basedIn Schweden'],
    ['basedIn: city adjective right before the name', 'Die Stuttgarter Porsche AG meldete Zahlen.', 'Porsche basedIn Stuttgart'],
    ['basedIn: coordinated names after the noun', 'Die deutschen Konzerne BASF und Bayer investieren.', 'Bayer basedIn Deutschland'],
    ['basedIn: aus with article and adjective', 'Das meldete Bosch aus dem baden-württembergischen Gerlingen.', 'Bosch basedIn Baden-Württemberg'],
    ['basedIn: mit Sitz in, chained', 'Die Firma Intel mit Sitz in Santa Clara in Kalifornien plant neu.', 'Intel basedIn Kalifornien'],
    ['basedIn: hat seinen Sitz in', 'Adidas hat seinen Sitz in Herzogenaurach.', 'Adidas basedIn Herzogenaurach'],
    ['shareholderOf: An X hält Y', 'An Traton hält Volkswagen knapp 90 Prozent.', 'Volkswagen shareholderOf Traton'],
    ['shareholderOf: gehört dem Staat', 'Die Commerzbank gehört zu zwölf Prozent der Bundesrepublik Deutschland.', 'Deutschland shareholderOf Commerzbank'],
    ['shareholderOf: Gemeinschaftsunternehmen von', 'Das liefert Airbus, ein Gemeinschaftsunternehmen von Thales und Safran.', 'Safran shareholderOf Airbus'],
    ['shareholderOf: largest shareholder is', 'Größter Aktionär von Volkswagen ist die Porsche SE.', 'Porsche SE shareholderOf Volkswagen'],
    ['manufacturer: product von maker', 'Die Züge vom Typ Mireo von Siemens fahren ab Mai.', 'Siemens manufacturer Mireo'],
    ['suppliesTo: making for someone', 'Foxconn fertigt für Apple die meisten iPhones in Indien.', 'Foxconn suppliesTo Apple'],
    ['suppliesTo: receives from', 'Die Lufthansa erhält neue Jets von Boeing.', 'Boeing suppliesTo Lufthansa'],
    ['founderOf: relative clause with two founders', 'Apple-Chef Tim Cook lobte Steve Jobs, der das Unternehmen mit Steve Wozniak gegründet hatte.', 'Steve Wozniak founderOf Apple'],
  ])('%s', async (_name, text, triple) => {
    expect(relationTriples(await extract(text))).toContain(triple);
  });

  it.each([
    ['a role noun without a name', 'Der Airbus-Chef schwieg.'],
    ['a delivery verb without an organisation', 'Die USA liefern Weizen nach Ägypten.'],
    ['a head role of no known place', 'Präsident Hans Weidner eröffnete die Sitzung.'],
    ['a former head (Ex- prefix)', 'Ex-Siemens-Chef Joe Kaeser kritisierte die Pläne.'],
    ['a former head (früher)', 'Der frühere Airbus-Chef Tom Enders warnte.'],
    ['a deputy (Vize- prefix)', 'Vize-Chef Hans Weidner von Airbus sprach.'],
    ['a share price change at an exchange (um ... Prozent)', 'An der Frankfurter Börse legte die SAP-Aktie am Mittwoch um 6,4 Prozent zu.'],
  ])('proposes nothing for %s', async (_name, text) => {
    expect(relationTriples(await extract(text))).toEqual([]);
  });
});
