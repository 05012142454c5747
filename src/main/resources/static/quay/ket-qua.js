// Attaching the result document (number, date, signer, file) from the return form's link,
// in the officer's Tasklist session; the CSRF token comes from GET /api/session.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const code = new URLSearchParams(window.location.search).get('ma') || '';
  const base = '/api/dossiers/' + encodeURIComponent(code);
  let csrf = null;
  $('code').textContent = code;

  async function session() {
    const response = await fetch('/api/session', { headers: { Accept: 'application/json' } });
    const body = await response.json();
    csrf = { header: body.csrfHeader, token: body.csrfToken };
    $('login-needed').hidden = Boolean(body.user);
    $('who').textContent = body.user ? 'Cán bộ: ' + body.user : '';
    if (body.user) {
      await current();
    }
  }

  async function current() {
    const response = await fetch(base + '/result', { headers: { Accept: 'application/json' } });
    if (response.status !== 200) {
      return;
    }
    show(await response.json());
  }

  function show(result) {
    const paragraph = $('current');
    paragraph.replaceChildren('Đã đính kèm: văn bản số ' + result.number + ' ngày ' + result.signedOn.split('-').reverse().join('/')
      + ', người ký ' + result.signer + ' — ');
    const link = document.createElement('a');
    link.href = result.url;
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = 'mở văn bản';
    paragraph.append(link);
    paragraph.hidden = false;
  }

  $('result').addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = new FormData();
    body.append('number', $('number').value.trim());
    body.append('signedOn', $('signedOn').value);
    body.append('signer', $('signer').value.trim());
    if ($('file').files[0]) {
      body.append('file', $('file').files[0]);
    }
    const response = await fetch(base + '/result', { method: 'POST', body: body, headers: { Accept: 'application/json', [csrf.header]: csrf.token } });
    const answer = await response.json().catch(() => null);
    $('error').hidden = response.ok;
    if (!response.ok) {
      $('error').textContent = (answer && (answer.detail || answer.title)) || 'Có lỗi, vui lòng thử lại.';
      return;
    }
    show(answer);
    $('result').reset();
  });

  session();
})();
