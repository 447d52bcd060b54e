import type { KbEntry } from '../types.js';

/**
 * Products often named in business news (chips, aircraft, cars, AI models, drugs). No Wikidata ids: none confirmed.
 */
export const products: KbEntry[] = [
  { id: 'prod:nvidia-h20', type: 'PRODUCT', schemaType: 'Product', name: 'H20', nameEn: 'Nvidia H20', aliases: ['Nvidia H20', 'H20-Chip'], compoundForms: ['H20'], manufacturer: 'org:nvidia' },
  { id: 'prod:nvidia-h100', type: 'PRODUCT', schemaType: 'Product', name: 'H100', nameEn: 'Nvidia H100', aliases: ['Nvidia H100'], compoundForms: ['H100'], manufacturer: 'org:nvidia' },
  { id: 'prod:nvidia-h200', type: 'PRODUCT', schemaType: 'Product', name: 'H200', nameEn: 'Nvidia H200', aliases: ['Nvidia H200'], compoundForms: ['H200'], manufacturer: 'org:nvidia' },
  { id: 'prod:nvidia-b200', type: 'PRODUCT', schemaType: 'Product', name: 'B200', nameEn: 'Nvidia B200', aliases: ['Nvidia B200'], compoundForms: ['B200'], manufacturer: 'org:nvidia' },
  { id: 'prod:nvidia-blackwell', type: 'PRODUCT', schemaType: 'Product', name: 'Blackwell', nameEn: 'Nvidia Blackwell', aliases: ['Nvidia Blackwell'], compoundForms: ['Blackwell'], manufacturer: 'org:nvidia' },
  { id: 'prod:nvidia-rtx-pro-6000d', type: 'PRODUCT', schemaType: 'Product', name: 'RTX Pro 6000D', nameEn: 'Nvidia RTX Pro 6000D', manufacturer: 'org:nvidia' },
  { id: 'prod:amd-mi308', type: 'PRODUCT', schemaType: 'Product', name: 'MI308', nameEn: 'AMD Instinct MI308', aliases: ['Instinct MI308'], compoundForms: ['MI308'], manufacturer: 'org:amd' },
  { id: 'prod:huawei-ascend', type: 'PRODUCT', schemaType: 'Product', name: 'Ascend', nameEn: 'Huawei Ascend', aliases: ['Huawei Ascend', 'Ascend 910'], manufacturer: 'org:huawei' },
  { id: 'prod:iphone', type: 'PRODUCT', schemaType: 'Product', name: 'iPhone', nameEn: 'iPhone', compoundForms: ['iPhone'], manufacturer: 'org:apple' },
  { id: 'prod:chatgpt', type: 'PRODUCT', schemaType: 'Product', name: 'ChatGPT', nameEn: 'ChatGPT', compoundForms: ['ChatGPT'], manufacturer: 'org:openai' },
  { id: 'prod:claude', type: 'PRODUCT', schemaType: 'Product', name: 'Claude', nameEn: 'Claude (language model)', manufacturer: 'org:anthropic' },
  { id: 'prod:gemini', type: 'PRODUCT', schemaType: 'Product', name: 'Gemini', nameEn: 'Gemini (language model)', aliases: ['Google Gemini'], manufacturer: 'org:google' },
  { id: 'prod:a320neo', type: 'PRODUCT', schemaType: 'Product', name: 'A320neo', nameEn: 'Airbus A320neo', aliases: ['A320', 'A320-Familie'], compoundForms: ['A320neo', 'A320'], manufacturer: 'org:airbus' },
  { id: 'prod:a350', type: 'PRODUCT', schemaType: 'Product', name: 'A350', nameEn: 'Airbus A350', compoundForms: ['A350'], manufacturer: 'org:airbus' },
  { id: 'prod:a380', type: 'PRODUCT', schemaType: 'Product', name: 'A380', nameEn: 'Airbus A380', compoundForms: ['A380'], manufacturer: 'org:airbus' },
  { id: 'prod:boeing-737-max', type: 'PRODUCT', schemaType: 'Product', name: '737 Max', nameEn: 'Boeing 737 MAX', aliases: ['Boeing 737 Max', '737 MAX'], manufacturer: 'org:boeing' },
  { id: 'prod:boeing-787', type: 'PRODUCT', schemaType: 'Product', name: '787 Dreamliner', nameEn: 'Boeing 787 Dreamliner', aliases: ['Dreamliner', 'Boeing 787'], manufacturer: 'org:boeing' },
  { id: 'prod:ice-3neo', type: 'PRODUCT', schemaType: 'Product', name: 'ICE 3neo', nameEn: 'ICE 3neo', manufacturer: 'org:siemens-mobility' },
  { id: 'prod:simatic-s7-1500', type: 'PRODUCT', schemaType: 'Product', name: 'Simatic S7-1500', nameEn: 'Simatic S7-1500', manufacturer: 'org:siemens' },
  { id: 'prod:vw-id3', type: 'PRODUCT', schemaType: 'Product', name: 'ID.3', nameEn: 'Volkswagen ID.3', aliases: ['VW ID.3'], compoundForms: ['ID.3'], manufacturer: 'org:volkswagen' },
  { id: 'prod:vw-golf', type: 'PRODUCT', schemaType: 'Product', name: 'VW Golf', nameEn: 'Volkswagen Golf', aliases: ['Volkswagen Golf'], manufacturer: 'org:volkswagen' },
  { id: 'prod:tesla-model-y', type: 'PRODUCT', schemaType: 'Product', name: 'Model Y', nameEn: 'Tesla Model Y', aliases: ['Tesla Model Y'], manufacturer: 'org:tesla' },
  { id: 'prod:leopard-2', type: 'PRODUCT', schemaType: 'Product', name: 'Leopard 2', nameEn: 'Leopard 2', aliases: ['Leopard-2'], compoundForms: ['Leopard'] },
  { id: 'prod:taurus', type: 'PRODUCT', schemaType: 'Product', name: 'Taurus', nameEn: 'Taurus KEPD 350', aliases: ['Taurus-Marschflugkörper'], compoundForms: ['Taurus'] },
  { id: 'prod:wegovy', type: 'PRODUCT', schemaType: 'Product', name: 'Wegovy', nameEn: 'Wegovy', compoundForms: ['Wegovy'], manufacturer: 'org:novo-nordisk' },
  { id: 'prod:ozempic', type: 'PRODUCT', schemaType: 'Product', name: 'Ozempic', nameEn: 'Ozempic', compoundForms: ['Ozempic'], manufacturer: 'org:novo-nordisk' },
  { id: 'prod:deutschlandticket', type: 'PRODUCT', schemaType: 'Product', name: 'Deutschlandticket', nameEn: 'Deutschlandticket', aliases: ['Deutschland-Ticket', '49-Euro-Ticket'], compoundForms: ['Deutschlandticket'] },
];
