// Builds the list body of src/main/resources/security/common-passwords.txt (its header, with the licence of the
// source list, is kept by hand):
//   npm pack @zxcvbn-ts/language-common@4.1.3 && tar xzf zxcvbn-ts-language-common-4.1.3.tgz
//   node build.mjs package/src/passwords.json russian.txt list.txt
// The most used passwords, the same typed on the Russian keyboard layout, and common Russian passwords, also as
// typed on the Latin layout, with the endings people add.
import { readFileSync, writeFileSync } from 'node:fs';

const [source, russianFile, out] = process.argv.slice(2);
const latin = JSON.parse(readFileSync(source, 'utf8'));
const russian = readFileSync(russianFile, 'utf8').split('\n').map(s => s.trim())
  .filter(s => s && !s.startsWith('#'));
const en = "`qwertyuiop[]asdfghjkl;'zxcvbnm,.";
const ru = 'ёйцукенгшщзхъфывапролджэячсмитьбю';
const swap = (from, to) => s => [...s].map(c => { const i = from.indexOf(c); return i < 0 ? c : to[i]; }).join('');
const toRu = swap(en, ru);
const toEn = swap(ru, en);
const words = new Set();
const add = w => { w = w.toLowerCase(); if (w.length >= 4 && !/\s/.test(w) && !w.startsWith('#')) words.add(w); };
const long = latin.filter(w => w.length >= 10);
latin.slice(0, 3000).forEach(add);
long.forEach(add);
[...latin.slice(0, 1000), ...long].map(toRu).filter(w => /[а-яё]/.test(w)).forEach(add);
for (const w of russian) {
  for (const tail of ['', '1', '12', '123', '1234', '12345', '123456', '2023', '2024', '2025', '!']) {
    add(w + tail);
    add(toEn(w) + tail);
  }
}
writeFileSync(out, [...words].join('\n') + '\n');
console.log(words.size);
