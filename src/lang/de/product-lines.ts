/**
 * Product lines German news names after their maker (`Samsung Galaxy`, `Apple Watch`, `Microsoft Surface`,
 * `Toyota Mirai`, `Skoda Superb`): a word that, right after a company's name, makes the two a product. Kept to
 * names that are not German words, nor English ones a company name often precedes (`Online`, `Group`, `Media`).
 */
export const PRODUCT_LINES: ReadonlySet<string> = new Set([
  // phones, computers, devices and services
  'Galaxy', 'iPhone', 'iPad', 'MacBook', 'iMac', 'Watch', 'Surface', 'Xbox', 'Windows', 'Pixel', 'Kindle', 'Echo',
  'Alexa', 'Lumia', 'PlayStation', 'Switch', 'Core', 'Xeon', 'Ryzen', 'GeForce', 'ThinkPad', 'Glass', 'Pay',
  'Music', 'Office', 'Maps', 'Chrome', 'Android', 'Vision', 'AirPods',
  // cars and vans
  'Golf', 'Passat', 'Polo', 'Tiguan', 'Touareg', 'Caddy', 'Octavia', 'Superb', 'Fabia', 'Astra', 'Corsa', 'Meriva',
  'Insignia', 'Mirai', 'Hilux', 'Prius', 'Corolla', 'Yaris', 'Mustang', 'Fiesta', 'Focus', 'Transit', 'Carrera',
  'Cayenne', 'Macan', 'Taycan', 'Panamera', 'Sprinter', 'Vito', 'Kwid', 'Clio', 'Zoe', 'Twingo', 'Model', 'Cybertruck',
]);

/** Words after a product line that need a code to make a product (`Model S`, `Model 3`; not `das Model`). */
export const NEEDS_CODE: ReadonlySet<string> = new Set(['Model', 'Core', 'Vision']);
