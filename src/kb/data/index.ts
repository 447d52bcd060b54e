import type { KbEntry } from '../types.js';
import { centralBanks } from './central-banks.js';
import { cities } from './cities.js';
import { companiesAsia } from './companies-asia.js';
import { companiesDe } from './companies-de.js';
import { companiesEu } from './companies-eu.js';
import { companiesUs } from './companies-us.js';
import { countries } from './countries.js';
import { euInstitutions } from './eu-institutions.js';
import { eventsAndWorks } from './events-and-works.js';
import { geography } from './geography.js';
import { germanFederal } from './german-federal.js';
import { germanParties } from './german-parties.js';
import { germanStates } from './german-states.js';
import { international } from './international.js';
import { media } from './media.js';
import { peopleBusiness } from './people-business.js';
import { peopleLeaders } from './people-leaders.js';
import { products } from './products.js';
import { sports } from './sports.js';
import { regions } from './regions.js';
import { unions } from './unions.js';

/** The data modules by file name (`countries`, `cities`, ...), for tests, docs and counts. */
export const dataModules: Readonly<Record<string, readonly KbEntry[]>> = {
  countries,
  'german-states': germanStates,
  cities,
  regions,
  geography,
  'eu-institutions': euInstitutions,
  international,
  'central-banks': centralBanks,
  'german-parties': germanParties,
  'german-federal': germanFederal,
  unions,
  media,
  'companies-de': companiesDe,
  'companies-eu': companiesEu,
  'companies-us': companiesUs,
  'companies-asia': companiesAsia,
  'people-leaders': peopleLeaders,
  'people-business': peopleBusiness,
  products,
  sports,
  'events-and-works': eventsAndWorks,
};

/** Every built-in entry, in module order. */
export const builtinEntries: readonly KbEntry[] = Object.values(dataModules).flat();
