import type { KbEntry } from '../types.js';
import { cities } from './cities.js';
import { companiesUs } from './companies-us.js';
import { countries } from './countries.js';
import { peopleBusiness } from './people-business.js';
import { peopleLeaders } from './people-leaders.js';
import { products } from './products.js';
import { regions } from './regions.js';

/** The data modules by name, for tests and docs (`countries`, `cities`, ...). */
export const dataModules: Readonly<Record<string, readonly KbEntry[]>> = {
  countries, regions, cities, 'companies-us': companiesUs, 'people-leaders': peopleLeaders,
  'people-business': peopleBusiness, products,
};

/** Every built-in entry, in module order. */
export const builtinEntries: readonly KbEntry[] = Object.values(dataModules).flat();
