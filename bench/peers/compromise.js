// compromise: numbers (with their parsed values), money and percentages, and
// the people, places and organisations it tags.
'use strict';
const nlp = require('compromise');
const { run } = require('./common');

run((text) => {
  const doc = nlp(text);
  const numbers = doc.numbers().json().length;
  const entities = doc.people().length + doc.places().length +
      doc.organizations().length + doc.money().length + doc.percentages().length;
  return { numbers, entities };
});
