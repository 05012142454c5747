// The citizens' portal: a small page over the public API (/api/public/**). No framework, no build step.
(function () {
  'use strict';

  const STEP_NAMES = {
    SUBMITTED: 'Đã nộp hồ sơ', ACCEPTED: 'Đã tiếp nhận, hẹn trả kết quả', REFUSED: 'Từ chối tiếp nhận',
    SUPPLEMENT_REQUESTED: 'Yêu cầu bổ sung hồ sơ', SUPPLEMENTED: 'Đã nhận hồ sơ bổ sung',
    SUPPLEMENT_SUBMITTED: 'Đã gửi hồ sơ bổ sung', FORWARDED: 'Chuyển cơ quan giải quyết', RESUMED: 'Tiếp tục giải quyết',
    RESULT_READY: 'Đã có kết quả', FEE_PAID: 'Đã nộp phí, lệ phí', FEE_PAID_ONLINE: 'Đã thanh toán trực tuyến',
    RETURNED: 'Đã trả kết quả',
    STOPPED: 'Dừng giải quyết', WITHDRAWN: 'Đã rút hồ sơ', APOLOGY: 'Thư xin lỗi, hẹn lại ngày trả',
    SWITCHED_TO_STANDARD: 'Chuyển xử lý theo quy trình thường'
  };
  const CRITERIA = [
    ['time', 'Thời gian giải quyết so với quy định'], ['contacts', 'Số lần phải liên hệ, đi lại'],
    ['supplements', 'Yêu cầu bổ sung hồ sơ'], ['attitude', 'Thái độ, ứng xử của công chức'],
    ['correctness', 'Kết quả giải quyết đúng quy định'], ['returnOfResult', 'Việc trả kết quả'],
    ['feedback', 'Việc tiếp nhận, xử lý phản ánh, kiến nghị']
  ];
  const $ = (id) => document.getElementById(id);

  function text(tag, content, className) {
    const element = document.createElement(tag);
    element.textContent = content;
    if (className) element.className = className;
    return element;
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

  async function search(event) {
    event?.preventDefault();
    const list = $('procedures');
    try {
      const procedures = await call('/api/public/procedures?q=' + encodeURIComponent($('search-q').value));
      show(list, procedures.length ? procedures.map(card) : [text('li', 'Không tìm thấy thủ tục phù hợp.')]);
    } catch (error) {
      fail(list, error);
    }
  }

  function card(procedure) {
    const item = document.createElement('li');
    item.append(text('strong', procedure.name));
    const days = procedure.sameDay ? 'trả trong ngày' : procedure.committedHours ? procedure.committedHours + ' giờ làm việc'
      : (procedure.committedDays ?? procedure.statutoryDays) + ' ngày làm việc';
    const fee = procedure.fee && procedure.fee.amount > 0 ? procedure.fee.amount.toLocaleString('vi-VN') + ' đồng' : 'không thu phí';
    item.append(text('div', 'Mã ' + procedure.code + ' · ' + procedure.field + ' · ' + days + ' · ' + fee, 'meta'));
    if (procedure.documents.length) {
      const papers = document.createElement('ul');
      procedure.documents.forEach((d) => papers.append(text('li', d.name + (d.form ? ' (' + d.form + ')' : ''))));
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

  let chosen = null;
  let idempotencyKey = null;

  function startSubmission(procedure) {
    chosen = procedure;
    idempotencyKey = crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random();
    $('submit-procedure').textContent = procedure.name + ' (' + procedure.code + ')';
    $('nop-ho-so').hidden = false;
    $('submit-result').replaceChildren();
    $('nop-ho-so').scrollIntoView();
  }

  async function submit(event) {
    event.preventDefault();
    const form = new FormData();
    const dossier = {
      procedureCode: chosen.code,
      applicant: {
        name: $('applicant-name').value, idNumber: $('applicant-id').value,
        phone: $('applicant-phone').value || null, email: $('applicant-email').value || null,
        address: $('applicant-address').value || null
      }
    };
    form.append('dossier', new Blob([JSON.stringify(dossier)], { type: 'application/json' }));
    for (const file of $('applicant-files').files) form.append('files', file);
    try {
      const created = await call('/api/public/dossiers', { method: 'POST', body: form, headers: { 'Idempotency-Key': idempotencyKey } });
      show($('submit-result'), [text('p', 'Đã nộp hồ sơ. Mã hồ sơ: ' + created.code, 'ok'),
        text('p', 'Trung tâm sẽ kiểm tra và tiếp nhận hồ sơ; ông/bà tra cứu bằng mã hồ sơ và số định danh.')]);
      $('lookup-code').value = created.code;
      $('lookup-id').value = dossier.applicant.idNumber;
    } catch (error) {
      fail($('submit-result'), error);
    }
  }

  async function lookup(event) {
    event?.preventDefault();
    const code = $('lookup-code').value.trim();
    const id = $('lookup-id').value.trim();
    try {
      // The ID number goes in a header, never in a URL (proxy logs, browser history).
      const dossier = await call('/api/public/dossiers/' + encodeURIComponent(code), { headers: { 'X-Id-Number': id } });
      const rows = dossier.steps.map((s) => {
        const row = document.createElement('tr');
        row.append(text('td', when(s.occurredAt)), text('td', STEP_NAMES[s.type] || s.statusLabel || s.type), text('td', s.note || ''));
        return row;
      });
      const table = document.createElement('table');
      table.append(...rows);
      const nodes = [text('p', 'Hồ sơ ' + dossier.code + ': ' + dossier.statusLabel, 'ok'), text('p', dossier.procedureName)];
      if (dossier.dueAt) nodes.push(text('p', 'Hẹn trả kết quả: ' + when(dossier.dueAt)));
      nodes.push(table);
      if (!['DA_TRA_KET_QUA', 'TU_CHOI', 'DUNG_XU_LY', 'RUT_HO_SO'].includes(dossier.status)) {
        const pay = text('button', 'Thanh toán phí, lệ phí trực tuyến');
        pay.type = 'button';
        pay.addEventListener('click', () => payOnline(code, id));
        nodes.push(pay);
      }
      if (dossier.acceptedAt) {
        const receipt = text('a', 'Tải Giấy tiếp nhận và hẹn trả kết quả (PDF)');
        receipt.href = '#';
        receipt.addEventListener('click', (e) => { e.preventDefault(); downloadReceipt(code, id); });
        nodes.push(receipt);
      }
      show($('lookup-result'), nodes);
    } catch (error) {
      fail($('lookup-result'), error);
    }
  }

  async function downloadReceipt(code, id) {
    try {
      const response = await fetch('/api/public/dossiers/' + encodeURIComponent(code) + '/receipt.pdf', { headers: { 'X-Id-Number': id } });
      if (!response.ok) {
        const body = response.headers.get('Content-Type')?.includes('json') ? await response.json() : null;
        throw new Error((body && (body.detail || body.title)) || 'Không tải được giấy tiếp nhận, vui lòng thử lại.');
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = 'giay-tiep-nhan-' + code + '.pdf';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    } catch (error) {
      $('lookup-result').append(text('p', error.message, 'error'));
    }
  }

  async function payOnline(code, id) {
    try {
      const order = await call('/api/public/dossiers/' + encodeURIComponent(code) + '/payments',
        { method: 'POST', headers: { 'X-Id-Number': id } });
      location.href = order.redirectUrl;
    } catch (error) {
      $('lookup-result').append(text('p', error.message, 'error'));
    }
  }

  function criteria() {
    $('rate-criteria').replaceChildren(...CRITERIA.map(([key, label]) => {
      const field = text('label', label);
      const select = document.createElement('select');
      select.id = 'rate-' + key;
      [['3', 'Rất hài lòng'], ['2', 'Hài lòng'], ['1', 'Không hài lòng']].forEach(([value, name]) => {
        const option = text('option', name);
        option.value = value;
        select.append(option);
      });
      field.append(select);
      return field;
    }));
  }

  async function rate(event) {
    event.preventDefault();
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

  async function complain(event) {
    event.preventDefault();
    try {
      const sent = await call('/api/public/feedback', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: $('feedback-name').value, contact: $('feedback-contact').value,
          dossierCode: $('feedback-dossier').value || null, content: $('feedback-content').value })
      });
      show($('feedback-result'), [text('p', 'Đã gửi phản ánh, kiến nghị. Mã: ' + sent.code, 'ok')]);
    } catch (error) {
      fail($('feedback-result'), error);
    }
  }

  $('search-form').addEventListener('submit', search);
  $('submit-form').addEventListener('submit', submit);
  $('lookup-form').addEventListener('submit', lookup);
  $('rate-form').addEventListener('submit', rate);
  $('feedback-form').addEventListener('submit', complain);
  criteria();
  search();
  const fromQr = new URLSearchParams(location.search).get('ma');
  if (fromQr) {
    $('lookup-code').value = fromQr;
    $('tra-cuu').scrollIntoView();
  }
})();
