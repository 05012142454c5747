// The citizens' portal: a small page over the public API (/api/public/**). No framework, no build step.
(function () {
  'use strict';

  const CRITERIA = [
    ['time', 'Thời gian giải quyết so với quy định'], ['contacts', 'Số lần phải liên hệ, đi lại'],
    ['supplements', 'Yêu cầu bổ sung hồ sơ'], ['attitude', 'Thái độ, ứng xử của công chức'],
    ['correctness', 'Kết quả giải quyết đúng quy định'], ['returnOfResult', 'Việc trả kết quả'],
    ['feedback', 'Việc tiếp nhận, xử lý phản ánh, kiến nghị']
  ];
  const RETURN_METHODS = {
    'tai-quay': 'Nhận trực tiếp tại Trung tâm', 'buu-chinh': 'Qua dịch vụ bưu chính công ích',
    'dien-tu': 'Trả kết quả điện tử'
  };
  const CLOSED = ['DA_TRA_KET_QUA', 'TU_CHOI', 'DUNG_XU_LY', 'RUT_HO_SO'];
  // The look-up to repeat after the payment gateway sends the citizen back (same tab only); removed on return.
  const PAYMENT_KEY = 'motcua.payment';
  const $ = (id) => document.getElementById(id);

  function text(tag, content, className) {
    const element = document.createElement(tag);
    element.textContent = content;
    if (className) element.className = className;
    return element;
  }

  /** "Yên Phong" and "yen phong" compare alike. */
  function fold(value) {
    return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
  }

  function money(amount) {
    return amount.toLocaleString('vi-VN') + ' đồng';
  }

  function when(iso) {
    return iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '';
  }

  async function call(url, options) {
    const response = await fetch(url, options);
    const body = response.headers.get('Content-Type')?.includes('json') ? await response.json() : null;
    if (!response.ok) {
      throw new Error((body && (body.detail || body.title)) || 'Không thực hiện được, vui lòng thử lại.');
    }
    return body;
  }

  function show(target, nodes) {
    target.replaceChildren(...nodes);
  }

  function fail(target, error) {
    show(target, [text('p', error.message, 'error')]);
  }

  // Search: the server ranks (words in any order, with or without diacritics, beginnings of words).

  let searching = null;
  let shown = null; // the query whose answer the list shows

  async function search(event) {
    event?.preventDefault();
    clearTimeout(searching);
    const list = $('procedures');
    const q = $('search-q').value;
    try {
      const procedures = await call('/api/public/procedures?q=' + encodeURIComponent(q));
      if (q !== $('search-q').value) return; // a later search is on its way
      // The same answer again (typed, then the button): keep the cards, which the citizen may be clicking.
      if (q === shown) return;
      shown = q;
      show(list, procedures.length ? procedures.map(card) : [text('li', 'Không tìm thấy thủ tục phù hợp.')]);
    } catch (error) {
      shown = null;
      fail(list, error);
    }
  }

  function searchAsTyped() {
    clearTimeout(searching);
    searching = setTimeout(search, 300);
  }

  function paperMeta(paper) {
    return [paper.form, (paper.count || 1) + ' bản', paper.required ? 'bắt buộc' : 'nếu có'].filter(Boolean).join(' · ');
  }

  function card(procedure) {
    const item = document.createElement('li');
    item.append(text('strong', procedure.name));
    const days = procedure.sameDay ? 'trả trong ngày' : procedure.committedHours ? procedure.committedHours + ' giờ làm việc'
      : (procedure.committedDays ?? procedure.statutoryDays) + ' ngày làm việc';
    const fee = procedure.fee && procedure.fee.amount > 0 ? money(procedure.fee.amount) : 'không thu phí';
    item.append(text('div', 'Mã ' + procedure.code + ' · ' + procedure.field + ' · ' + days + ' · ' + fee, 'meta'));
    if (procedure.documents.length) {
      const papers = document.createElement('ul');
      procedure.documents.forEach((d) => papers.append(text('li', d.name + ' (' + paperMeta(d) + ')')));
      item.append(papers);
    }
    if (procedure.onlineLevel === 'toan-trinh' || procedure.onlineLevel === 'mot-phan') {
      const button = text('button', 'Nộp trực tuyến');
      button.type = 'button';
      button.addEventListener('click', () => startSubmission(procedure));
      item.append(button);
    } else {
      item.append(text('div', 'Nộp trực tiếp tại Trung tâm hoặc qua bưu chính.', 'meta'));
    }
    return item;
  }

  // A citizen logged in with VNeID: their details come from the login, and they may reuse papers handed in before.

  let citizen = null;
  let reusable = { consentText: '', papers: [] };
  let loginUrl = null;

  async function whoIsLoggedIn() {
    try {
      const offer = await call('/api/public/citizen-login');
      if (!offer || !offer.available) return;
      loginUrl = offer.url;
      // Also sets the cookie whose token the submission sends back (CSRF).
      const response = await fetch('/api/citizen/me', { credentials: 'same-origin' });
      citizen = response.ok ? await response.json() : null;
    } catch (error) {
      citizen = null;
    }
  }

  const loggedIn = whoIsLoggedIn();

  function csrf() {
    const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN-CONG-DAN='));
    return cookie ? decodeURIComponent(cookie.split('=')[1]) : '';
  }

  function day(iso) {
    return iso ? new Date(iso).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '';
  }

  function citizenBar() {
    const bar = $('citizen-bar');
    if (citizen) {
      const mine = text('a', 'Hồ sơ của tôi');
      mine.href = '/portal/ho-so-cua-toi.html';
      bar.replaceChildren(text('span', 'Đã đăng nhập bằng tài khoản định danh điện tử: ' + citizen.name
        + '. Thông tin người nộp được điền sẵn; ông/bà có thể dùng lại giấy tờ đã nộp. '), mine);
    } else if (loginUrl) {
      const login = text('a', 'Đăng nhập bằng VNeID');
      login.href = loginUrl;
      bar.replaceChildren(text('span', 'Đăng nhập để điền sẵn thông tin và dùng lại giấy tờ đã nộp: '), login);
    }
    bar.hidden = !citizen && !loginUrl;
  }

  /** The login's details: name and ID number as the provider vouches (read-only), the rest to change if need be. */
  function prefill() {
    const set = (id, value, readOnly) => {
      const field = $(id);
      if (value && (readOnly || !field.value)) field.value = value;
      field.readOnly = Boolean(readOnly && value);
    };
    set('applicant-name', citizen.name, true);
    set('applicant-id', citizen.idNumber, true);
    set('applicant-phone', citizen.phone);
    set('applicant-email', citizen.email);
    set('applicant-address', citizen.address);
    $('applicant-birth-date').value = citizen.birthDate ? day(citizen.birthDate + 'T12:00:00+07:00') : '';
    $('birth-date-field').hidden = !citizen.birthDate;
    communeFromAddress();
  }

  /** Under paper `index`: the citizen's papers of the same kind (else all of them), and the consent to tick. */
  function reuseChoice(index) {
    const same = reusable.papers.filter((p) => p.matches.includes(index));
    const offered = same.length ? same : reusable.papers;
    if (!offered.length) return null;
    const box = document.createElement('div');
    box.className = 'reuse';
    const label = text('label', same.length ? 'Hoặc dùng lại giấy tờ cùng loại đã nộp' : 'Hoặc dùng lại một giấy tờ đã nộp');
    const select = document.createElement('select');
    select.id = 'reuse-' + index;
    const none = text('option', '— Không dùng lại —');
    none.value = '';
    select.append(none, ...offered.map((p) => {
      const option = text('option', p.name + ' · ' + p.kindLabel.toLowerCase() + ' hồ sơ ' + p.dossierCode + ', ' + day(p.handedInAt));
      option.value = p.id;
      return option;
    }));
    label.append(select);
    const consent = text('label', '', 'inline consent');
    consent.id = 'consent-' + index + '-field';
    consent.hidden = true;
    const tick = document.createElement('input');
    tick.type = 'checkbox';
    tick.id = 'consent-' + index;
    consent.append(tick, text('span', reusable.consentText));
    select.addEventListener('change', () => {
      consent.hidden = !select.value;
      tick.checked = false;
      $('submit-result').replaceChildren();
    });
    box.append(label, consent);
    return box;
  }

  function reusedFor(index) {
    const select = $('reuse-' + index);
    return select && select.value ? Number(select.value) : null;
  }

  // Online submission: one file input per paper of the catalogue, sent as the part paper-<number>.

  let chosen = null;
  let idempotencyKey = null;

  async function startSubmission(procedure) {
    await loggedIn;
    if (citizen) {
      try {
        reusable = await call('/api/citizen/papers?procedure=' + encodeURIComponent(procedure.code));
      } catch (error) {
        reusable = { consentText: '', papers: [] };
      }
    }
    chosen = procedure;
    idempotencyKey = crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random();
    $('submit-procedure').textContent = procedure.name + ' (' + procedure.code + ')';
    $('papers').replaceChildren(...procedure.documents.map((paper, index) => {
      const item = document.createElement('li');
      const label = text('label', paper.name);
      label.append(text('span', paperMeta(paper), paper.required ? 'meta required' : 'meta'));
      const input = document.createElement('input');
      input.type = 'file';
      input.id = 'paper-' + index;
      input.accept = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
      input.addEventListener('change', () => $('submit-result').replaceChildren());
      label.append(input);
      item.append(label);
      const reuse = citizen ? reuseChoice(index) : null;
      if (reuse) item.append(reuse);
      return item;
    }));
    citizenBar();
    if (citizen) prefill();
    const communeLevel = procedure.level === 'xa';
    $('applicant-commune').required = communeLevel;
    $('commune-hint').textContent = communeLevel
      ? '(bắt buộc: hồ sơ được chuyển đến xã, phường nơi ông/bà cư trú)' : '(nếu cư trú trong tỉnh)';
    $('nop-ho-so').hidden = false;
    $('submit-result').replaceChildren();
    $('nop-ho-so').scrollIntoView();
  }

  async function loadCommunes() {
    try {
      const communes = await call('/api/public/communes');
      communes.forEach((commune) => {
        const option = text('option', commune.name);
        option.value = commune.code;
        $('applicant-commune').append(option);
      });
    } catch (error) {
      // The list stays empty: the server names what is missing when the citizen submits.
    }
  }

  /** An address naming a commune of the list picks it, unless the citizen chose one already. */
  function communeFromAddress() {
    const select = $('applicant-commune');
    if (select.value) return;
    const address = fold($('applicant-address').value);
    for (const option of select.options) {
      const place = fold(option.textContent).replace(/^(xa|phuong|dac khu) /, '');
      if (option.value && address.includes(place)) {
        select.value = option.value;
        return;
      }
    }
  }

  function returnMethod() {
    return document.querySelector('input[name=return-method]:checked').value;
  }

  function returnMethodChanged() {
    const byPost = returnMethod() === 'buu-chinh';
    $('return-address-field').hidden = !byPost;
    if (byPost && !$('return-address').value) $('return-address').value = $('applicant-address').value;
  }

  /** What the citizen left out, said before anything is sent; the server checks the same. */
  function missingFields() {
    const missing = [];
    if (!$('applicant-name').value.trim()) missing.push('Họ và tên');
    if (!/^(\d{12}|\d{10}|\d{13})$/.test($('applicant-id').value.trim())) {
      missing.push('Số định danh cá nhân (12 chữ số) hoặc mã số thuế (10 hoặc 13 chữ số)');
    }
    if ($('applicant-commune').required && !$('applicant-commune').value) missing.push('Xã, phường nơi cư trú');
    if (returnMethod() === 'buu-chinh' && !$('return-address').value.trim()) {
      missing.push('Địa chỉ nhận kết quả qua bưu chính');
    }
    return missing;
  }

  async function submit(event) {
    event.preventDefault();
    const missing = missingFields();
    const noFile = chosen.documents.filter((paper, index) => paper.required && !$('paper-' + index).files.length
      && reusedFor(index) === null).map((paper) => paper.name);
    const noConsent = chosen.documents.filter((paper, index) => reusedFor(index) !== null && !$('consent-' + index).checked)
      .map((paper) => paper.name);
    if (missing.length || noFile.length || noConsent.length) {
      const nodes = [];
      if (missing.length) nodes.push(text('p', 'Vui lòng nhập: ' + missing.join('; ') + '.', 'error'));
      if (noFile.length) nodes.push(text('p', 'Hồ sơ còn thiếu tệp của giấy tờ bắt buộc: ' + noFile.join('; ') + '.', 'error'));
      if (noConsent.length) {
        nodes.push(text('p', 'Vui lòng đánh dấu đồng ý sử dụng lại giấy tờ đã nộp cho: ' + noConsent.join('; ') + '.', 'error'));
      }
      show($('submit-result'), nodes);
      $('submit-result').scrollIntoView({ block: 'center' });
      return;
    }
    const method = returnMethod();
    const dossier = {
      procedureCode: chosen.code,
      applicant: {
        name: $('applicant-name').value, idNumber: $('applicant-id').value.trim(),
        phone: $('applicant-phone').value || null, email: $('applicant-email').value || null,
        address: $('applicant-address').value || null, commune: $('applicant-commune').value || null
      },
      returnMethod: method,
      returnAddress: method === 'buu-chinh' ? $('return-address').value : null,
      reuse: chosen.documents.map((paper, index) => ({ paper: index, fileId: reusedFor(index), consent: true }))
        .filter((reuse) => reuse.fileId !== null)
    };
    const form = new FormData();
    form.append('dossier', new Blob([JSON.stringify(dossier)], { type: 'application/json' }));
    chosen.documents.forEach((paper, index) => {
      for (const file of $('paper-' + index).files) form.append('paper-' + index, file);
    });
    try {
      // Logged in, the citizen's own address: the server takes the ID number from the login.
      const created = citizen
        ? await call('/api/citizen/dossiers', { method: 'POST', body: form, credentials: 'same-origin',
          headers: { 'Idempotency-Key': idempotencyKey, 'X-XSRF-TOKEN': csrf() } })
        : await call('/api/public/dossiers', { method: 'POST', body: form, headers: { 'Idempotency-Key': idempotencyKey } });
      const nodes = [text('p', 'Đã nộp hồ sơ. Mã hồ sơ: ' + created.code, 'ok'),
        text('p', 'Nhận kết quả: ' + RETURN_METHODS[method] + '.')];
      if (dossier.reuse.length) nodes.push(text('p', 'Dùng lại ' + dossier.reuse.length + ' giấy tờ đã nộp, theo đồng ý của ông/bà.'));
      if (citizen) {
        const mine = text('a', 'Xem hồ sơ tại "Hồ sơ của tôi"');
        mine.href = '/portal/ho-so-cua-toi.html';
        mine.id = 'my-dossiers-link';
        nodes.push(wrap(mine));
      } else {
        nodes.push(text('p', 'Trung tâm sẽ kiểm tra và tiếp nhận hồ sơ; ông/bà tra cứu bằng mã hồ sơ và số định danh.'));
      }
      show($('submit-result'), nodes);
      $('lookup-code').value = created.code;
      $('lookup-id').value = dossier.applicant.idNumber;
    } catch (error) {
      fail($('submit-result'), error);
    }
    $('submit-result').scrollIntoView({ block: 'center' });
  }

  // Look-up, receipt, result, payment.

  async function lookup(event) {
    event?.preventDefault();
    const code = $('lookup-code').value.trim();
    const id = $('lookup-id').value.trim();
    try {
      // The ID number goes in a header, never in a URL (proxy logs, browser history).
      const dossier = await call('/api/public/dossiers/' + encodeURIComponent(code), { headers: { 'X-Id-Number': id } });
      const rows = dossier.steps.map((s) => {
        const row = document.createElement('tr');
        row.append(text('td', when(s.occurredAt)), text('td', s.label), text('td', s.note || ''));
        return row;
      });
      const table = document.createElement('table');
      table.append(...rows);
      const nodes = [text('p', 'Hồ sơ ' + dossier.code + ': ' + dossier.statusLabel, 'ok'), text('p', dossier.procedureName)];
      if (dossier.dueAt) nodes.push(text('p', 'Hẹn trả kết quả: ' + when(dossier.dueAt)));
      if (dossier.returnMethodLabel) nodes.push(text('p', 'Hình thức nhận kết quả: ' + dossier.returnMethodLabel));
      nodes.push(table);
      if (dossier.feeAmount > 0) {
        nodes.push(text('p', 'Phí, lệ phí: ' + money(dossier.feeAmount) + (dossier.feePaid ? ' — đã thanh toán' : ' — chưa thanh toán'),
          dossier.feePaid ? 'ok' : ''));
        // No button once paid, nor for a closed dossier.
        if (!dossier.feePaid && !CLOSED.includes(dossier.status)) {
          const pay = text('button', 'Thanh toán phí, lệ phí trực tuyến');
          pay.type = 'button';
          pay.id = 'pay-button';
          pay.addEventListener('click', () => payOnline(code, id));
          nodes.push(pay);
        }
      } else {
        nodes.push(text('p', 'Thủ tục không thu phí, lệ phí.'));
      }
      if (dossier.result) {
        const download = text('a', 'Tải kết quả điện tử (văn bản số ' + dossier.result.number + ')');
        download.href = '#';
        download.id = 'result-link';
        download.addEventListener('click', (e) => { e.preventDefault(); download_(dossier.result.url, 'ket-qua-' + code, id); });
        nodes.push(download);
      }
      if (dossier.acceptedAt) {
        const receipt = text('a', 'Tải Giấy tiếp nhận và hẹn trả kết quả (PDF)');
        receipt.href = '#';
        receipt.addEventListener('click', (e) => {
          e.preventDefault();
          download_('/api/public/dossiers/' + encodeURIComponent(code) + '/receipt.pdf', 'giay-tiep-nhan-' + code + '.pdf', id);
        });
        nodes.push(receipt);
      }
      show($('lookup-result'), nodes.map((node) => (node.tagName === 'A' ? wrap(node) : node)));
      return dossier;
    } catch (error) {
      fail($('lookup-result'), error);
      return null;
    }
  }

  function wrap(link) {
    const paragraph = document.createElement('p');
    paragraph.append(link);
    return paragraph;
  }

  async function download_(url, name, id) {
    try {
      const response = await fetch(url, { headers: { 'X-Id-Number': id } });
      if (!response.ok) {
        const body = response.headers.get('Content-Type')?.includes('json') ? await response.json() : null;
        throw new Error((body && (body.detail || body.title)) || 'Không tải được tệp, vui lòng thử lại.');
      }
      const blob = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = blob;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(blob), 60000);
    } catch (error) {
      $('lookup-result').append(text('p', error.message, 'error'));
    }
  }

  async function payOnline(code, id) {
    try {
      const order = await call('/api/public/dossiers/' + encodeURIComponent(code) + '/payments',
        { method: 'POST', headers: { 'X-Id-Number': id } });
      sessionStorage.setItem(PAYMENT_KEY, JSON.stringify({ code, id }));
      location.href = order.redirectUrl;
    } catch (error) {
      $('lookup-result').append(text('p', error.message, 'error'));
    }
  }

  /** Back from the gateway (/?ma=<code>&thanh-toan=xong): look the dossier up again and confirm from its record. */
  async function backFromPayment(code) {
    let pending = null;
    try {
      pending = JSON.parse(sessionStorage.getItem(PAYMENT_KEY));
    } catch (error) {
      pending = null;
    }
    sessionStorage.removeItem(PAYMENT_KEY);
    history.replaceState(null, '', '/?ma=' + encodeURIComponent(code) + '#tra-cuu');
    const notice = $('payment-notice');
    if (!pending || pending.code !== code) {
      show(notice, [text('p', 'Cổng thanh toán đã chuyển ông/bà về. Nhập số định danh và bấm "Tra cứu" để xem phí, lệ phí của hồ sơ '
        + code + ' đã được ghi nhận chưa.', 'ok')]);
      $('tra-cuu').scrollIntoView();
      return;
    }
    $('lookup-id').value = pending.id;
    const dossier = await lookup();
    if (dossier && dossier.feePaid) {
      show(notice, [text('h3', 'Thanh toán thành công', 'ok'),
        text('p', 'Đã thanh toán ' + money(dossier.feeAmount) + ' phí, lệ phí của hồ sơ ' + dossier.code
          + '. Trung tâm đã ghi nhận; ông/bà không phải nộp lại tại quầy.')]);
    } else if (dossier) {
      show(notice, [text('p', 'Chưa ghi nhận thanh toán của hồ sơ ' + code + '. Nếu tài khoản đã bị trừ tiền, vui lòng liên hệ Trung tâm.', 'error')]);
    }
    $('payment-notice').scrollIntoView();
  }

  // Rating: every criterion starts unchosen; all seven must be chosen.

  function criteria() {
    $('rate-criteria').replaceChildren(...CRITERIA.map(([key, label]) => {
      const field = text('label', label);
      const select = document.createElement('select');
      select.id = 'rate-' + key;
      [['', '— Chọn mức đánh giá —'], ['3', 'Rất hài lòng'], ['2', 'Hài lòng'], ['1', 'Không hài lòng']].forEach(([value, name]) => {
        const option = text('option', name);
        option.value = value;
        select.append(option);
      });
      select.value = '';
      field.append(select);
      return field;
    }));
  }

  async function rate(event) {
    event.preventDefault();
    const unchosen = CRITERIA.filter(([key]) => !$('rate-' + key).value).map(([, label]) => label);
    if (!$('rate-code').value.trim() || !$('rate-id').value.trim()) {
      show($('rate-result'), [text('p', 'Vui lòng nhập mã hồ sơ và số định danh của người nộp.', 'error')]);
      return;
    }
    if (unchosen.length) {
      show($('rate-result'), [text('p', 'Vui lòng chọn mức đánh giá cho ' + unchosen.length + ' tiêu chí còn trống: '
        + unchosen.join('; ') + '.', 'error')]);
      return;
    }
    const ratings = Object.fromEntries(CRITERIA.map(([key]) => [key, Number($('rate-' + key).value)]));
    try {
      await call('/api/public/dossiers/' + encodeURIComponent($('rate-code').value.trim()) + '/evaluation', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ idNumber: $('rate-id').value.trim(), ratings, comment: $('rate-comment').value || null })
      });
      show($('rate-result'), [text('p', 'Cảm ơn ông/bà đã đánh giá.', 'ok')]);
    } catch (error) {
      fail($('rate-result'), error);
    }
  }

  // Phản ánh, kiến nghị: send one, read its published answer.

  async function complain(event) {
    event.preventDefault();
    try {
      const sent = await call('/api/public/feedback', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: $('feedback-name').value, contact: $('feedback-contact').value,
          dossierCode: $('feedback-dossier').value || null, content: $('feedback-content').value })
      });
      show($('feedback-result'), [text('p', 'Đã gửi phản ánh, kiến nghị. Mã: ' + sent.code, 'ok'),
        text('p', 'Ông/bà xem trả lời bằng mã này ở mục "Xem trả lời phản ánh, kiến nghị" bên dưới.')]);
      $('answer-code').value = sent.code;
    } catch (error) {
      fail($('feedback-result'), error);
    }
  }

  async function answer(event) {
    event.preventDefault();
    const code = $('answer-code').value.trim();
    if (!code) {
      show($('answer-result'), [text('p', 'Vui lòng nhập mã phản ánh, kiến nghị.', 'error')]);
      return;
    }
    try {
      const feedback = await call('/api/public/feedback/' + encodeURIComponent(code));
      if (feedback.answer) {
        const reply = text('blockquote', feedback.answer, 'answer');
        show($('answer-result'), [text('p', 'Trả lời ngày ' + when(feedback.answeredAt) + ':', 'ok'), reply]);
      } else {
        show($('answer-result'), [text('p', 'Phản ánh, kiến nghị ' + feedback.code + ' đang được xem xét; chưa có trả lời.')]);
      }
    } catch (error) {
      fail($('answer-result'), error);
    }
  }

  $('search-form').addEventListener('submit', search);
  $('search-q').addEventListener('input', searchAsTyped);
  $('submit-form').addEventListener('submit', submit);
  $('applicant-address').addEventListener('change', communeFromAddress);
  document.querySelectorAll('input[name=return-method]').forEach((radio) => radio.addEventListener('change', returnMethodChanged));
  $('lookup-form').addEventListener('submit', lookup);
  $('rate-form').addEventListener('submit', rate);
  $('feedback-form').addEventListener('submit', complain);
  $('answer-form').addEventListener('submit', answer);
  criteria();
  loadCommunes();
  loggedIn.then(citizenBar);
  search();
  const params = new URLSearchParams(location.search);
  const fromQr = params.get('ma');
  if (fromQr) {
    $('lookup-code').value = fromQr;
    if (params.get('thanh-toan') === 'xong') {
      backFromPayment(fromQr);
    } else {
      $('tra-cuu').scrollIntoView();
    }
  }
})();
