import {categorical} from "../../src/lib/random/categorical.js";
import type {Rng} from "../../src/lib/random/rng.js";

// Small synthetic name lists: a mix of European names, some with accents, apostrophes and hyphens.
const FIRST = [
  "Anna",
  "Ben",
  "Chloé",
  "David",
  "Elif",
  "Finn",
  "Grace",
  "Hamza",
  "Ines",
  "Jonas",
  "Karin",
  "Liam",
  "Maria",
  "Noah",
  "Olga",
  "Pablo",
  "Qi",
  "Rosa",
  "Sven",
  "Tariq",
  "Ursula",
  "Vera",
  "Wei",
  "Xenia",
  "Yusuf",
  "Zoë",
  "Anne-Marie",
  "Jean-Luc",
  "Aoife",
  "Björn",
  "Dorota",
  "Emeka",
  "Fatima",
  "Giulia",
  "Hiroshi",
  "Joanna"
];
const LAST = [
  "Schmidt",
  "O'Brien",
  "Müller",
  "Rossi",
  "García",
  "Nowak",
  "Jansen",
  "Dubois",
  "Kowalski",
  "Smith",
  "D'Angelo",
  "Smith-Jones",
  "Petrov",
  "Yılmaz",
  "Andersson",
  "Novak",
  "Okafor",
  "Nguyen",
  "Haddad",
  "Costa",
  "Van der Berg",
  "O'Neill",
  "Lefèvre",
  "Fischer",
  "Santos",
  "Kim",
  "Ferreira",
  "Meyer-Lang",
  "Ivanova",
  "Brown"
];
const NICKNAMES = ["Bo", "Kit", "Sunny", "Max", "Lou"];
const SUFFIXES = ["Jr.", "Sr.", "III"];
const DOMAINS = ["example.com", "example.org", "example.net", "mail.example"];
const shape = categorical([0.97, 0.02, 0.01]); // plain, with a suffix after a comma, with a "nickname"

/**
 * A synthetic person: a display name and an email address. About 2 % of names carry a suffix after a comma
 * (`Smith, Jr.`) and 1 % a nickname in double quotes (`Anna "Kit" Rossi`), so CSV writers and readers
 * must quote. Emails are `first.last<nn>@<reserved example domain>`, ASCII-folded, apostrophes and spaces
 * removed; they always match ^[^@ ]+@[^@ ]+$.
 *
 * @example
 * samplePerson(sfc32(1)); // => {name: "Zoë D'Angelo", email: "zoe.dangelo17@example.org"}
 */
export function samplePerson(rng: Rng): {name: string; email: string} {
  const first = FIRST[Math.floor(rng() * FIRST.length)];
  const last = LAST[Math.floor(rng() * LAST.length)];
  const kind = shape(rng);
  const pick = Math.floor(rng() * 100);
  const name =
    kind === 1
      ? `${first} ${last}, ${SUFFIXES[pick % SUFFIXES.length]}`
      : kind === 2
        ? `${first} "${NICKNAMES[pick % NICKNAMES.length]}" ${last}`
        : `${first} ${last}`;
  const email = `${fold(first)}.${fold(last)}${pick}@${DOMAINS[Math.floor(rng() * DOMAINS.length)]}`;
  return {name, email};
}

const folded = new Map<string, string>();

function fold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    f = s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/ı/g, "i")
      .replace(/['\s]/g, "")
      .toLowerCase();
    folded.set(s, f);
  }
  return f;
}
