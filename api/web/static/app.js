// vanban — the few scripts of the clerks' page: uploads with progress, source highlighting,
// in-place corrections. They call the JSON API with the sign-in cookie; the header below is
// the API's CSRF guard for changes made with that cookie.
(function () {
  "use strict";
  var HDR = { "X-Requested-With": "vanban" };
  var JOB_VN = { queued: "Đang chờ xử lý", running: "Đang xử lý…", done: "Hoàn tất", failed: "Lỗi" };

  function $(sel, root) { return (root || document).querySelector(sel); }
  function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function toast(text) {
    var t = $("#toast"); if (!t) return;
    t.textContent = text; t.classList.add("show");
    clearTimeout(toast.timer); toast.timer = setTimeout(function () { t.classList.remove("show"); }, 2500);
  }
  function detail(body, status) {
    if (body && body.detail) return typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
    return "lỗi " + status;
  }
  function vnError(status, text) {
    var why = { 401: "Phiên đăng nhập đã hết, vui lòng đăng nhập lại", 403: "Không có quyền" }[status];
    return (why ? why + ": " : "") + text;
  }
  // the service's English failure reasons in Vietnamese (the table comes from api/web/labels.py)
  var REASONS = null;
  function reasonVn(text) {
    if (!text) return "không rõ lý do";
    if (REASONS === null) { var el = $("#reason-table"); REASONS = el ? JSON.parse(el.textContent) : []; }
    for (var i = 0; i < REASONS.length; i++) {
      var m = text.match(new RegExp(REASONS[i][0]));
      if (m) {
        var vn = REASONS[i][1].replace(/\{(\d)\}/g, function (_, k) { return m[+k + 1]; }).replace(/ or /g, " hoặc ");
        return text.slice(0, m.index) + vn + text.slice(m.index + m[0].length);
      }
    }
    return text;
  }
  function postJSON(url, body) {
    return fetch(url, { method: "POST", credentials: "same-origin",
      headers: Object.assign({ "Content-Type": "application/json" }, HDR), body: JSON.stringify(body) })
      .then(function (r) { return r.json().catch(function () { return {}; }).then(function (b) {
        if (!r.ok) throw new Error(vnError(r.status, detail(b, r.status))); return b; }); });
  }
  // Re-render parts of the page from the server (the same URL, or another) without a reload.
  function refresh(ids, url) {
    return fetch(url || location.href, { credentials: "same-origin", headers: HDR }).then(function (r) { return r.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        ids.forEach(function (id) {
          var fresh = doc.getElementById(id), old = document.getElementById(id);
          if (fresh && old) { old.replaceWith(fresh); if (window.htmx) window.htmx.process(fresh); }
        });
      });
  }

  // --- upload: one request per file, so each has its own progress and its own error ---------
  function setupUpload() {
    var zone = $("#dropzone"), input = $("#files"), table = $("#uploads");
    if (!zone || !input) return;
    var queue = [], active = 0, LIMIT = 2;
    ["dragenter", "dragover"].forEach(function (ev) {
      zone.addEventListener(ev, function (e) { e.preventDefault(); zone.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (ev) {
      zone.addEventListener(ev, function (e) { e.preventDefault(); zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (e) { add(e.dataTransfer.files); });
    zone.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); input.click(); } });
    input.addEventListener("change", function () { add(input.files); input.value = ""; });

    function add(files) {
      Array.prototype.forEach.call(files || [], function (f) {
        table.hidden = false;
        var tr = document.createElement("tr");
        tr.className = "upload-row";
        tr.innerHTML = '<td class="fname"></td><td><progress max="100" value="0"></progress></td>' +
          '<td class="st st-wait">Đang chờ tải lên</td><td class="go"></td>';
        tr.querySelector(".fname").textContent = f.name;
        tr.querySelector(".fname").title = f.name + " (" + Math.ceil(f.size / 1024) + " KB)";
        tr.dataset.name = f.name;
        $("tbody", table).appendChild(tr);
        queue.push({ file: f, row: tr });
      });
      pump();
    }
    function pump() {
      while (active < LIMIT && queue.length) { active++; send(queue.shift()); }
      summary();
    }
    function state(row, cls, text) {
      var st = row.querySelector(".st"); st.className = "st " + cls; st.textContent = text;
      row.dataset.status = cls.replace("st-", "");
      summary();
    }
    function send(item) {
      var row = item.row, bar = row.querySelector("progress"), xhr = new XMLHttpRequest(), form = new FormData();
      form.append("files", item.file, item.file.name);
      xhr.open("POST", "/documents");
      xhr.setRequestHeader("X-Requested-With", "vanban");
      xhr.upload.onprogress = function (e) { if (e.lengthComputable) bar.value = Math.round(50 * e.loaded / e.total); };
      state(row, "st-wait", "Đang tải lên…");
      xhr.onload = function () {
        active--; var body = {};
        try { body = JSON.parse(xhr.responseText); } catch (err) { body = {}; }
        if (xhr.status >= 200 && xhr.status < 300 && body.jobs && body.jobs.length) {
          bar.value = 50; poll(body.jobs[0].id, row, 0);
        } else {
          var reason = (body.rejected && body.rejected[0] && body.rejected[0].detail) || detail(body, xhr.status);
          bar.value = 0; state(row, "st-failed", "Lỗi: " + vnError(xhr.status, reasonVn(reason)));
          row.querySelector(".st").title = reason;
        }
        pump();
      };
      xhr.onerror = function () { active--; state(row, "st-failed", "Lỗi: mất kết nối tới máy chủ"); pump(); };
      xhr.send(form);
    }
    function poll(id, row, n) {
      fetch("/jobs/" + encodeURIComponent(id), { credentials: "same-origin", headers: HDR })
        .then(function (r) { return r.json().then(function (b) { return { ok: r.ok, status: r.status, body: b }; }); })
        .then(function (res) {
          var job = res.body, bar = row.querySelector("progress");
          if (!res.ok) { state(row, "st-failed", "Lỗi: " + vnError(res.status, detail(job, res.status))); return; }
          row.dataset.job = job.id;
          if (job.status === "done") {
            bar.value = 100;
            state(row, "st-done", JOB_VN.done + (job.deduplicated ? " (đã có trong hệ thống)" : ""));
            var a = document.createElement("a"); a.href = "/van-ban/" + job.document_id; a.textContent = "Xem văn bản";
            row.querySelector(".go").appendChild(a);
            describe(job.document_id, row);
          } else if (job.status === "failed") {
            bar.value = 100; bar.classList.add("bad");
            state(row, "st-failed", "Lỗi: " + reasonVn(job.reason));
            row.querySelector(".st").title = job.reason || "";
          } else {
            bar.value = job.status === "running" ? 75 : 55;
            state(row, "st-wait", JOB_VN[job.status] || job.status);
            setTimeout(function () { poll(id, row, n + 1); }, n < 10 ? 700 : 1500);
          }
        })
        .catch(function () { setTimeout(function () { poll(id, row, n + 1); }, 2000); });
    }
    function describe(docId, row) {
      fetch("/documents/" + docId + "/summary", { credentials: "same-origin", headers: HDR })
        .then(function (r) { return r.ok ? r.json() : null; }).then(function (d) {
          if (!d) return;
          var kind = { directive: "Văn bản chỉ đạo", report: "Báo cáo", other: "Văn bản khác" }[d.doc_class] || "";
          var span = document.createElement("div"); span.className = "muted small";
          span.textContent = [kind, d.number_symbol, d.issuer].filter(Boolean).join(" · ");
          row.querySelector(".fname").appendChild(span);
        });
    }
    function summary() {
      var rows = $all(".upload-row"), done = rows.filter(function (r) { return r.dataset.status === "done"; }).length;
      var failed = rows.filter(function (r) { return r.dataset.status === "failed"; }).length;
      var el = $("#upload-summary");
      if (el && rows.length) el.textContent = "Đã xử lý " + done + "/" + rows.length + " tệp" + (failed ? ", " + failed + " tệp lỗi" : "") + ".";
    }
  }

  // --- document view: show where a field or task came from ----------------------------------
  function setupViewer() {
    var viewer = $("#viewer"); if (!viewer) return;
    var sizes = viewer.dataset.sizes ? JSON.parse(viewer.dataset.sizes) : null;
    var img = $("#page-img"), hl = $("#hl"), current = parseInt(viewer.dataset.page || "1", 10);
    var total = sizes ? Object.keys(sizes).length : 0;
    function go(page) {
      if (!img || !page || page < 1 || page > total) return;
      if (page !== current) { current = page; img.src = "/van-ban/" + viewer.dataset.doc + "/trang/" + page + ".png";
        img.alt = "Trang " + page + " của văn bản"; }
      var no = $("#page-no"); if (no) no.textContent = page;
    }
    function show(src) {
      if (!src) return;
      $all(".textview .lit").forEach(function (b) { b.classList.remove("lit"); });
      if (img) {
        go(src.page || current);
        var size = sizes[String(src.page || current)];
        if (src.bbox && size) {
          var pad = 2;
          hl.style.left = (100 * (src.bbox[0] - pad) / size[0]) + "%";
          hl.style.top = (100 * (src.bbox[1] - pad) / size[1]) + "%";
          hl.style.width = (100 * (src.bbox[2] - src.bbox[0] + 2 * pad) / size[0]) + "%";
          hl.style.height = (100 * (src.bbox[3] - src.bbox[1] + 2 * pad) / size[1]) + "%";
          hl.hidden = false;
          var sheet = $("#sheet");
          var y = sheet.offsetTop + sheet.offsetHeight * src.bbox[1] / size[1] - viewer.clientHeight / 3;
          viewer.scrollTo({ top: Math.max(0, y), behavior: "smooth" });
        } else {
          hl.hidden = true; viewer.scrollTo({ top: 0, behavior: "smooth" });
          toast("Nằm ở trang " + (src.page || current) + " (không có vị trí chính xác)");
        }
      } else if (src.block !== null && src.block !== undefined) {
        var b = document.getElementById("b-" + src.block);
        if (b) { b.classList.add("lit"); b.scrollIntoView({ block: "center", behavior: "smooth" }); }
      }
    }
    $all("[data-step]", viewer).forEach(function (btn) {
      btn.addEventListener("click", function () { hl.hidden = true; go(current + parseInt(btn.dataset.step, 10)); });
    });
    document.addEventListener("click", function (e) {
      var btn = e.target.closest("button.src"); if (!btn) return;
      var src = JSON.parse(btn.dataset.src || "null");
      if (!src) { toast("Không xác định được vị trí trong văn bản"); return; }
      $all("button.src.on").forEach(function (b) { b.classList.remove("on"); });
      btn.classList.add("on");
      show(src);
    });
    var picked = $(".fields button.src.on");
    if (picked) picked.scrollIntoView({ block: "center" });
    var start = JSON.parse(viewer.dataset.start || "null");
    if (start) { if (img && img.complete) show(start); else if (img) img.addEventListener("load", function once() {
      img.removeEventListener("load", once); show(start); }); else show(start); }
  }

  // --- corrections, saved through the API, then the region re-rendered -----------------------
  function valueOf(form) {
    var field = form.elements.value, kind = form.dataset.kind, v = field.value.trim();
    if (kind === "lines") return v ? v.split("\n").map(function (s) { return s.trim(); }).filter(Boolean) : [];
    return v === "" ? null : v;
  }
  function message(form, text, bad) {
    var m = $(".form-msg", form);
    if (m) { m.textContent = (bad ? "Không lưu được: " : "") + text; m.classList.toggle("err", !!bad); }
  }
  function setupCorrections() {
    document.addEventListener("submit", function (e) {
      var form = e.target;
      if (form.matches("form.correct")) {
        e.preventDefault();
        var path = form.dataset.path;
        message(form, "Đang lưu…");
        postJSON(form.dataset.url, { path: path, value: valueOf(form), note: form.elements.note.value || null })
          .then(function () { toast("Đã lưu chỉnh sửa"); return refresh(["fields"]); })
          .then(function () { var f = document.getElementById("f-" + path.replace(/\//g, "-")); if (f) f.scrollIntoView({ block: "center" }); })
          .catch(function (err) { message(form, err.message, true); });
      } else if (form.matches("form.correct-task")) {
        e.preventDefault();
        var orig = JSON.parse(form.dataset.orig), base = "tasks/" + form.dataset.task + "/", el = form.elements;
        var note = el.note.value || null, changes = [];
        var text = el.text.value.trim();
        if (text && text !== orig.text) changes.push({ path: base + "text", value: text });
        var assignees = el.assignees.value.split("\n").map(function (s) { return s.trim(); }).filter(Boolean);
        if (JSON.stringify(assignees) !== JSON.stringify(orig.assignees || [])) changes.push({ path: base + "assignees", value: assignees });
        var d0 = orig.deadline || {}, dt = el.deadline_text.value.trim(), dd = el.deadline_date.value || null;
        if (dt !== (d0.text || "") || dd !== (d0.date || null)) {
          var dl = (dt || dd) ? { text: dt || (dd ? dd.split("-").reverse().join("/") : ""), date: dd,
            recurrence: d0.recurrence || null } : null;
          changes.push({ path: base + "deadline", value: dl });
        }
        if (!changes.length) { message(form, "Không có gì thay đổi"); return; }
        message(form, "Đang lưu…");
        changes.reduce(function (p, c) { return p.then(function () {
          return postJSON(form.dataset.url, { path: c.path, value: c.value, note: note }); }); }, Promise.resolve())
          .then(function () { toast("Đã lưu chỉnh sửa nhiệm vụ " + form.dataset.task); return refresh(["checklist"]); })
          .catch(function (err) { message(form, err.message, true); });
      } else if (form.matches("form.correct-cell")) {
        e.preventDefault();
        var addressed = (e.submitter && e.submitter.value) === "true";
        message(form, "Đang lưu…");
        postJSON(form.dataset.url, { task: form.dataset.task, unit: form.dataset.unit, addressed: addressed,
          note: form.elements.note.value || null })
          .then(function () {
            toast("Đã lưu: " + (addressed ? "đã thực hiện" : "chưa thực hiện"));
            var url = new URL(location.href);
            url.searchParams.set("nv", form.dataset.task); url.searchParams.set("o", form.dataset.unit);
            return refresh(["matrix", "panel"], url.toString());
          })
          .catch(function (err) { message(form, err.message, true); });
      }
    });
  }

  // --- units page: import the registry, add a unit, issue a token (office) ---------------------
  function setupUnits() {
    var imp = $("#units-import"), add = $("#unit-add"), tok = $("#token-new");
    if (imp) imp.elements.file.addEventListener("change", function () {
      var f = imp.elements.file.files[0]; $(".chosen", imp).textContent = f ? f.name : "chưa chọn tệp";
    });
    if (imp) imp.addEventListener("submit", function (e) {
      e.preventDefault();
      if (!imp.elements.file.files.length) { message(imp, "Hãy chọn tệp CSV trước."); return; }
      var data = new FormData(); data.append("file", imp.elements.file.files[0]);
      message(imp, "Đang nhập…");
      fetch(imp.dataset.url, { method: "POST", credentials: "same-origin", headers: HDR, body: data })
        .then(function (r) { return r.json().then(function (b) { if (!r.ok) throw new Error(vnError(r.status, detail(b, r.status))); return b; }); })
        .then(function (b) { return refresh(["units"]).then(function () {
          message(imp, "Đã thêm " + b.created + ", cập nhật " + b.updated + " đơn vị."); }); })
        .catch(function (err) { message(imp, err.message, true); });
    });
    if (add) add.addEventListener("submit", function (e) {
      e.preventDefault();
      var aliases = add.elements.aliases.value.split("\n").map(function (s) { return s.trim(); }).filter(Boolean);
      postJSON(add.dataset.url, { name: add.elements.name.value, aliases: aliases })
        .then(function (u) { add.reset(); return refresh(["units"]).then(function () { message(add, "Đã thêm " + u.name + "."); }); })
        .catch(function (err) { message(add, err.message, true); });
    });
    if (tok) tok.addEventListener("submit", function (e) {
      e.preventDefault();
      var el = tok.elements, body = { name: el.name.value, role: el.role.value, unit: el.unit.value || null };
      postJSON(tok.dataset.url, body)
        .then(function (t) { message(tok, "Đã cấp mã cho " + t.name + "."); $(".token", tok).textContent = t.token;
          $(".token-box", tok).hidden = false; })
        .catch(function (err) { message(tok, err.message, true); });
    });
  }

  // --- matrix: mark the selected cell ---------------------------------------------------------
  function setupMatrix() {
    document.addEventListener("click", function (e) {
      var btn = e.target.closest(".matrix td.cell button"); if (!btn) return;
      $all(".matrix td.sel").forEach(function (td) { td.classList.remove("sel"); });
      btn.parentNode.classList.add("sel");
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (window.htmx) {  // show the server's error fragment (403, 404 …) instead of swapping nothing
      window.htmx.config.responseHandling = [{ code: "204", swap: false }, { code: "[23]..", swap: true },
        { code: "[45]..", swap: true, error: true }];
    }
    setupUpload(); setupViewer(); setupCorrections(); setupMatrix(); setupUnits();
  });
})();
