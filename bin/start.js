#!/usr/bin/env node
// `npm start`: the desktop app. The Electron shell is not part of this build yet (see the issues);
// say so in one line and point at what works today.
console.error(
  "L'app desktop (Electron) non è ancora inclusa in questa versione: usa «npx proposta --help» " +
    '(ad esempio «npx proposta new mia.proposta.json --starter comune-singolo» e «npx proposta validate mia.proposta.json»).',
);
process.exitCode = 1;
