/*
 * The page /api-sleutel: issues an API token through POST /api/v1/tokens (the web session with the page's CSRF
 * token) and revokes one through DELETE /api/v1/tokens/current (the token itself as bearer). The token lives only
 * in this page's fields; texts are set with textContent, never HTML.
 */
(function () {
  'use strict';
  var root = document.getElementById('api-sleutel');
  if (!root) {
    return;
  }
  var outcome = document.getElementById('uitslag');
  var moment = new Intl.DateTimeFormat('nl-NL', {dateStyle: 'long', timeStyle: 'short'});

  function problemText(response) {
    return response.json().then(function (p) {
      return (p.title || 'Fout') + ': ' + (p.detail || response.status);
    }, function () {
      return 'Fout ' + response.status;
    });
  }

  document.getElementById('uitgeven').addEventListener('submit', function (event) {
    event.preventDefault();
    var headers = {'Accept': 'application/json'};
    headers[root.dataset.csrfHeader] = root.dataset.csrfToken;
    var bound = document.querySelector('input[name=binding]:checked').value === 'doel';
    var body = new URLSearchParams();
    if (bound) {
      body.set('purpose', root.dataset.doel);
    }
    fetch('/api/v1/tokens', {method: 'POST', credentials: 'same-origin', headers: headers, body: body})
      .then(function (response) {
        if (!response.ok) {
          return problemText(response).then(function (text) { throw new Error(text); });
        }
        return response.json();
      })
      .then(function (issued) {
        document.getElementById('sleutel').value = issued.token;
        document.getElementById('in-te-trekken').value = issued.token;
        document.getElementById('geldig-tot').textContent = moment.format(new Date(issued.expiresAt));
        document.getElementById('kenmerk').textContent = issued.reference;
        document.getElementById('nieuw').hidden = false;
        outcome.textContent = 'De sleutel is aangemaakt.';
      })
      .catch(function (error) {
        outcome.textContent = 'Aanmaken lukte niet. ' + error.message;
      });
  });

  document.getElementById('intrekken').addEventListener('submit', function (event) {
    event.preventDefault();
    var token = document.getElementById('in-te-trekken').value.trim();
    fetch('/api/v1/tokens/current', {method: 'DELETE', credentials: 'omit',
      headers: {'Authorization': 'Bearer ' + token, 'Accept': 'application/json'}})
      .then(function (response) {
        if (response.status === 204) {
          document.getElementById('sleutel').value = '';
          document.getElementById('in-te-trekken').value = '';
          document.getElementById('nieuw').hidden = true;
          outcome.textContent = 'De sleutel is ingetrokken en werkt niet meer.';
          return;
        }
        return problemText(response).then(function (text) {
          outcome.textContent = 'Intrekken lukte niet. ' + text;
        });
      });
  });
}());
