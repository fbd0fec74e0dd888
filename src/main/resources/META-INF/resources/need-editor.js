// The need editor: a proposal of the domain dictionary (industry, capability category or keyword found in the typed
// text) is accepted with one click; the input event it sends refreshes the live list of partners (htmx).
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('button[data-check], button[data-keyword]') : null;
  var form = document.getElementById('need-form');
  if (!button || !form) {
    return;
  }
  var changed = null;
  if (button.dataset.check) {
    var box = document.getElementById(button.dataset.check);
    if (box && !box.checked) {
      box.checked = true;
      changed = box;
    }
  } else {
    var field = form.elements.namedItem('keywords');
    var words = field.value.split(/[,，、;；\n]+/).map(function (word) { return word.trim(); }).filter(Boolean);
    if (words.indexOf(button.dataset.keyword) < 0) {
      words.push(button.dataset.keyword);
      field.value = words.join(', ');
      changed = field;
    }
  }
  button.disabled = true;
  if (changed) {
    changed.dispatchEvent(new Event('input', { bubbles: true }));
  }
});
