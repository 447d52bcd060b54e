/** German month names (and common short forms) with their month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['Januar', 1], ['Jänner', 1], ['Jan.', 1], ['Februar', 2], ['Feb.', 2], ['März', 3], ['April', 4], ['Apr.', 4],
  ['Mai', 5], ['Juni', 6], ['Juli', 7], ['August', 8], ['Aug.', 8], ['September', 9], ['Sept.', 9], ['Sep.', 9],
  ['Oktober', 10], ['Okt.', 10], ['November', 11], ['Nov.', 11], ['Dezember', 12], ['Dez.', 12],
]);
