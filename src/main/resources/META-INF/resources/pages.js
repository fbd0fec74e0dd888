// Progressive enhancement of the pages, kept out of the HTML so the CSP forbids every inline script.
// A changed facet or sort submits the search form: the URL holds the whole state, so back and forward work.
document.addEventListener('change', function (event) {
  if (event.target.classList && event.target.classList.contains('auto-submit') && event.target.form) {
    event.target.form.submit();
  }
});
