// The dispatch console's small script: live queue, aging timers, cues and keyboard shortcuts.
// Everything here is an enhancement; the console works without it (reload to refresh).
(function () {
  "use strict";

  function formatAge(ms) {
    var minutes = Math.max(0, Math.floor(ms / 60000));
    if (minutes < 60) return minutes + " min";
    var h = Math.floor(minutes / 60), m = minutes % 60;
    return h + " h " + (m < 10 ? "0" : "") + m + " min";
  }

  function tickTimers() {
    var now = Date.now();
    document.querySelectorAll(".timer[data-since]").forEach(function (el) {
      el.textContent = formatAge(now - Date.parse(el.dataset.since));
      var overdue = !el.dataset.decided && now > Date.parse(el.dataset.due);
      el.classList.toggle("timer--overdue", overdue);
    });
  }

  var soundToggle = document.getElementById("sound-toggle");
  if (soundToggle) {
    soundToggle.checked = localStorage.getItem("dispatch.sound") === "1";
    soundToggle.addEventListener("change", function () {
      localStorage.setItem("dispatch.sound", soundToggle.checked ? "1" : "0");
    });
  }

  function beep() {
    if (!soundToggle || !soundToggle.checked) return;
    try {
      var ctx = new (window.AudioContext || window.webkitAudioContext)();
      var osc = ctx.createOscillator();
      osc.frequency.value = 880;
      osc.connect(ctx.destination);
      osc.start();
      osc.stop(ctx.currentTime + 0.4);
    } catch (e) { /* no audio: the visual cue is enough */ }
  }

  var table = document.getElementById("queue");
  if (table) {
    var tbody = document.getElementById("queue-rows");
    var alerts = document.getElementById("alerts");
    var cue = document.getElementById("urgent-cue");
    var announcer = document.getElementById("queue-announcer");
    // The page says which rows it was rendered with: the first poll is then "nothing changed".
    var lastEtag = table.dataset.pollTag || null;
    // The server's stamp of the rows shown; null: ask for every row.
    var stamp = table.dataset.pollStamp ? table.dataset.pollStamp : null;
    // Without the page's tag the first answer only confirms what the page was rendered with.
    var polled = lastEtag !== null && stamp !== null;
    // The top-priority unclaimed items the page shows: only later ones sound the cue.
    var seenUrgent = null;
    if (polled) {
      seenUrgent = (table.dataset.urgent || "").split(",").filter(Boolean).map(Number);
      cue.hidden = seenUrgent.length === 0;
    }
    var interval = parseInt(table.dataset.poll, 10) || 1000;

    // Puts the rows in the server's order: rows it sent replace ours, the others are kept as
    // they are (focus and highlight stay), rows it no longer lists go. False when it lists a row
    // we never got (it entered the list without changing): then ask for every row next time.
    var apply = function (data, first) {
      var sent = {}, shown = {}, added = [];
      var parsed = document.createElement("template");
      parsed.innerHTML = data.rows;
      parsed.content.querySelectorAll("tr[data-id]").forEach(function (row) {
        sent[row.dataset.id] = row;
      });
      tbody.querySelectorAll("tr[data-id]").forEach(function (row) {
        shown[row.dataset.id] = row;
      });
      if (!data.order.length) {
        if (!tbody.firstElementChild || tbody.querySelector("tr[data-id]")) {
          tbody.innerHTML = data.rows;  // "Nothing is waiting."
        }
        return true;
      }
      var next = [];
      for (var i = 0; i < data.order.length; i++) {
        var id = String(data.order[i]);
        var row = sent[id] || shown[id];
        if (!row) return false;
        if (!first && !shown[id]) {
          row.classList.add("is-new");
          added.push(row.querySelector(".item-link").textContent);
        } else if (sent[id] && shown[id] && shown[id].classList.contains("is-new")) {
          row.classList.add("is-new");
        }
        next.push(row);
      }
      var ref = tbody.firstElementChild;
      next.forEach(function (row) {
        if (row === ref) {
          ref = ref.nextElementSibling;
        } else {
          tbody.insertBefore(row, ref);
        }
      });
      while (ref) {
        var after = ref.nextElementSibling;
        tbody.removeChild(ref);
        ref = after;
      }
      if (added.length) announcer.textContent = table.dataset.newText + " " + added.join(", ");
      return true;
    };

    var poll = function () {
      var headers = { "X-Background-Poll": "1", "Accept": "application/json" };
      var url = table.dataset.rowsUrl;
      // The server answers an empty 304 while the queue is as we last saw it, and otherwise
      // sends only the rows changed since our stamp.
      if (lastEtag && stamp !== null) {
        headers["If-None-Match"] = lastEtag;
        url += (url.indexOf("?") === -1 ? "?" : "&") + "since=" + encodeURIComponent(stamp);
      }
      fetch(url, {
        credentials: "same-origin",
        headers: headers,
        cache: "no-store"
      }).then(function (response) {
        if (response.status === 401 || response.status === 403) {
          window.location.reload();  // signed out (idle) or MFA needed: show the login
          return null;
        }
        if (!response.ok) return null;  // 304 included: nothing changed
        lastEtag = response.headers.get("ETag");
        return response.json();
      }).then(function (data) {
        if (!data) return;
        var first = !polled;
        polled = true;
        if (apply(data, first)) {
          stamp = data.stamp;
          alerts.innerHTML = data.alerts;
          tickTimers();
        } else {
          stamp = null;
          lastEtag = null;
        }
        var fresh = data.urgent.filter(function (id) {
          return seenUrgent !== null && seenUrgent.indexOf(id) === -1;
        });
        seenUrgent = data.urgent;
        cue.hidden = data.urgent.length === 0;
        if (fresh.length) beep();
      }).catch(function () { /* network blip: try again next tick */ })
        .then(function () { setTimeout(poll, interval); });
    };
    poll();
  }

  tickTimers();
  setInterval(tickTimers, 1000);

  var smsTemplates = document.getElementById("sms-template-texts");
  var templateSelect = document.getElementById("id_template");
  var smsBody = document.getElementById("id_body");
  if (smsTemplates && templateSelect && smsBody) {
    var texts = JSON.parse(smsTemplates.textContent);
    templateSelect.addEventListener("change", function () {
      if (texts[templateSelect.value]) {
        smsBody.value = texts[templateSelect.value];
        smsBody.focus();
      }
    });
  }

  var shortcutToggle = document.getElementById("shortcut-toggle");
  if (shortcutToggle) {
    shortcutToggle.checked = localStorage.getItem("dispatch.shortcuts") !== "0";
    shortcutToggle.addEventListener("change", function () {
      localStorage.setItem("dispatch.shortcuts", shortcutToggle.checked ? "1" : "0");
    });
  }

  document.addEventListener("keydown", function (event) {
    if (localStorage.getItem("dispatch.shortcuts") === "0") return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select" || event.target.isContentEditable) {
      return;
    }
    var key = event.key;
    if (key === "j" || key === "k") {
      var links = Array.prototype.slice.call(document.querySelectorAll(".item-link"));
      if (!links.length) return;
      var i = links.indexOf(document.activeElement);
      i = key === "j" ? Math.min(i + 1, links.length - 1) : Math.max(i - 1, 0);
      links[i].focus();
      event.preventDefault();
      return;
    }
    var target = document.querySelector('[data-shortcut="' + key + '"]');
    if (!target) return;
    event.preventDefault();
    if (target.tagName === "FORM") {
      var field = target.querySelector("textarea, select, input:not([type=hidden])");
      if (field) field.focus();
      else target.querySelector("button[type=submit]").click();
    } else if (target.tagName === "BUTTON" && target.form && target.closest(".sms-form")) {
      document.getElementById("id_body").focus();
    } else {
      target.click();
    }
  });
})();
