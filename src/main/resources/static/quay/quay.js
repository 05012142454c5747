// Counter intake (Tiếp nhận hồ sơ tại quầy). The officer's Tasklist session logs him in here
// (vn.motcua.security.WebappSessionAuthenticationFilter); the page keeps no password, only the
// session's CSRF token, sent with the one write: the dossier with its scans (POST /api/dossiers).
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  let csrf = null;
  let procedure = null;

  async function session() {
    const response = await fetch('/api/session', { headers: { Accept: 'application/json' } });
    const body = await response.json();
    csrf = { header: body.csrfHeader, token: body.csrfToken };
    $('login-needed').hidden = Boolean(body.user);
    $('who').textContent = body.user ? 'Cán bộ: ' + body.user : '';
    return body.user;
  }

  function problemText(body) {
    if (body && body.errors && body.errors.length) {
      return body.errors.map((e) => e.detail || e.message || e).join(' ');
    }
    return (body && (body.detail || body.title)) || 'Có lỗi, vui lòng thử lại.';
  }

  function showError(text) {
    $('error').textContent = text;
    $('error').hidden = !text;
  }

  // 1. Procedure: results as the officer types; one click chooses.
  let searchTimer = null;
  $('procedure-search').addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(search, 250);
  });

  async function search() {
    const q = $('procedure-search').value.trim();
    const list = $('procedures');
    list.replaceChildren();
    if (q.length < 2) {
      return;
    }
    const response = await fetch('/api/public/procedures?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } });
    const found = response.ok ? await response.json() : [];
    found.slice(0, 10).forEach((p) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'choice';
      button.dataset.code = p.code;
      button.textContent = p.name + ' (' + p.code + ')';
      button.addEventListener('click', () => choose(p));
      item.append(button);
      list.append(item);
    });
    if (!found.length) {
      const item = document.createElement('li');
      item.textContent = 'Không tìm thấy thủ tục phù hợp.';
      list.append(item);
    }
  }

  function choose(p) {
    procedure = p;
    $('procedures').replaceChildren();
    $('procedure-chosen').hidden = false;
    $('procedure-chosen').textContent = 'Đã chọn: ' + p.name + ' (' + p.code + ')';
    const rows = $('papers').querySelector('tbody');
    rows.replaceChildren();
    (p.documents || []).forEach((d, index) => rows.append(paperRow(d, index)));
    $('submit').disabled = false;
  }

  const FORMS = ['bản chính', 'bản sao', 'bản sao chứng thực', 'bản điện tử'];

  function paperRow(document_, index) {
    const row = document.createElement('tr');
    row.className = 'paper';
    const received = cell(row, input('checkbox', 'received-' + index));
    received.firstChild.setAttribute('aria-label', 'Đã nhận ' + document_.name);
    const name = document.createElement('td');
    name.textContent = document_.name;
    name.className = 'paper-name';
    row.append(name);
    const form = document.createElement('select');
    form.id = 'form-' + index;
    FORMS.concat(document_.form && !FORMS.includes(document_.form) ? [document_.form] : []).forEach((f) => {
      const option = document.createElement('option');
      option.value = f;
      option.textContent = f;
      form.append(option);
    });
    form.value = document_.form && [...form.options].some((o) => o.value === document_.form) ? document_.form : 'bản chính';
    cell(row, form);
    const copies = input('number', 'copies-' + index);
    copies.min = '1';
    copies.max = '100';
    copies.value = String(document_.count || 1);
    cell(row, copies);
    const scan = input('file', 'scan-' + index);
    scan.accept = 'application/pdf,image/jpeg,image/png';
    scan.className = 'scan';
    // A scan of a paper means the paper was received.
    scan.addEventListener('change', () => { if (scan.files.length) { received.firstChild.checked = true; } });
    cell(row, scan);
    row.dataset.name = document_.name;
    return row;
  }

  function input(type, id) {
    const element = document.createElement('input');
    element.type = type;
    element.id = id;
    return element;
  }

  function cell(row, element) {
    const td = document.createElement('td');
    td.append(element);
    row.append(td);
    return td;
  }

  // 2. An ID number seen before fills the applicant in (header, never in the address).
  $('idNumber').addEventListener('change', async () => {
    const id = $('idNumber').value.trim();
    $('prefilled').hidden = true;
    if (!/^\d{9,13}$/.test(id)) {
      return;
    }
    const response = await fetch('/api/applicants/latest', { headers: { Accept: 'application/json', 'X-Id-Number': id } });
    if (!response.ok) {
      return;
    }
    const applicant = await response.json();
    ['name', 'phone', 'email', 'address'].forEach((field) => {
      if (!$(field).value && applicant[field]) {
        $(field).value = applicant[field];
      }
    });
    $('prefilled').hidden = false;
  });

  // 5. One request: the dossier as JSON and each paper's scan, named by its index.
  $('intake').addEventListener('submit', async (event) => {
    event.preventDefault();
    showError('');
    if (!procedure) {
      showError('Cần chọn thủ tục.');
      return;
    }
    // Số lượng hồ sơ: 1 when left empty; the server answers 400 outside 1..99.
    const setsText = $('sets').value.trim();
    if (setsText !== '' && !/^\d+$/.test(setsText)) {
      showError('Số lượng hồ sơ phải là số nguyên từ 1 đến 99 bộ.');
      return;
    }
    const body = new FormData();
    const documents = [];
    let scans = 0;
    $('papers').querySelectorAll('tr.paper').forEach((row, index) => {
      if (!$('received-' + index).checked) {
        return;
      }
      const paper = { name: row.dataset.name, form: $('form-' + index).value, copies: Number($('copies-' + index).value) || 1 };
      const file = $('scan-' + index).files[0];
      if (file) {
        paper.scan = scans++;
        body.append('files', file, file.name);
      }
      documents.push(paper);
    });
    const dossier = {
      procedureCode: procedure.code,
      applicant: {
        name: $('name').value.trim(),
        idNumber: $('idNumber').value.trim(),
        phone: $('phone').value.trim() || null,
        email: $('email').value.trim() || null,
        address: $('address').value.trim() || null
      },
      documents: documents,
      sets: setsText === '' ? 1 : Number(setsText),
      returnMethod: document.querySelector('input[name=returnMethod]:checked').value
    };
    body.append('dossier', new Blob([JSON.stringify(dossier)], { type: 'application/json' }));
    $('submit').disabled = true;
    try {
      const response = await fetch('/api/dossiers', { method: 'POST', body: body, headers: { Accept: 'application/json', [csrf.header]: csrf.token } });
      const answer = await response.json().catch(() => null);
      if (!response.ok) {
        if (response.status === 401) {
          await session();
        }
        showError(problemText(answer));
        return;
      }
      await done(answer.code);
    } finally {
      $('submit').disabled = false;
    }
  });

  async function done(code) {
    $('intake').hidden = true;
    $('done').hidden = false;
    $('code').textContent = code;
    $('print-link').href = '/api/dossiers/' + encodeURIComponent(code) + '/documents/mau-01';
    $('page-link').href = '/api/dossiers/' + encodeURIComponent(code) + '/page';
    const response = await fetch('/api/dossiers/' + encodeURIComponent(code) + '/tasks', { headers: { Accept: 'application/json' } });
    const tasks = response.ok ? await response.json() : [];
    $('task-link').href = tasks.length ? tasks[0].url : '/camunda/app/tasklist/default/';
  }

  $('again').addEventListener('click', () => window.location.reload());

  session();
})();
