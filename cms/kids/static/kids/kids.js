/*
 * 9-1-1 for Kids: the game, the pretend phone and printing.
 *
 * Progressive enhancement: every page is complete without this file (answers sit in <details>,
 * the call is a written script, printing uses the browser's menu). Nothing here talks to a
 * server or dials anything: no fetch, no forms, no tel: links.
 */
(function () {
  "use strict";

  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)");

  function scrollIntoViewGently(element) {
    if (!element.scrollIntoView) return;
    element.scrollIntoView({
      behavior: reduceMotion && reduceMotion.matches ? "auto" : "smooth",
      block: "nearest",
    });
  }

  function paragraph(text, className) {
    var p = document.createElement("p");
    if (className) p.className = className;
    p.textContent = text;
    return p;
  }

  /* "Is it a 9-1-1 emergency?" */
  function setUpGame(game) {
    game.querySelectorAll("[data-kids-card]").forEach(function (card) {
      var buttons = card.querySelector("[data-answer-buttons]");
      var reveal = card.querySelector("[data-reveal]");
      var feedback = card.querySelector("[data-feedback]");
      var explanation = card.querySelector("[data-explanation]").textContent;
      buttons.hidden = false;
      reveal.hidden = true;

      buttons.querySelectorAll("button").forEach(function (button) {
        button.addEventListener("click", function () {
          var answer = card.dataset.answer;
          var right = button.value === answer;
          buttons.querySelectorAll("button").forEach(function (other) {
            other.setAttribute("aria-pressed", other === button ? "true" : "false");
          });
          var verdict = document.createElement("p");
          var strong = document.createElement("strong");
          strong.textContent = right ? game.dataset.right : game.dataset.wrong;
          verdict.appendChild(strong);
          verdict.appendChild(
            document.createTextNode(" " + (answer === "yes" ? game.dataset.yes : game.dataset.no))
          );
          feedback.replaceChildren(verdict, paragraph(explanation));
          feedback.className =
            "kids-card__feedback is-shown " + (right ? "is-right" : "is-wrong");
          scrollIntoViewGently(feedback);
        });
      });
    });
  }

  /* The pretend phone and the call-taker's questions. */
  function setUpPracticeCall(call) {
    var phone = call.querySelector("[data-phone]");
    var dialled = call.querySelector("[data-dialled]");
    var status = call.querySelector("[data-status]");
    var conversation = call.querySelector("[data-conversation]");
    var says = call.querySelector("[data-says]");
    var hint = call.querySelector("[data-hint]");
    var answer = call.querySelector("[data-answer]");
    var speak = call.querySelector("[data-speak]");
    var done = call.querySelector("[data-done]");
    var steps = Array.prototype.map.call(call.querySelectorAll("[data-step]"), function (li) {
      return { says: li.dataset.question, hint: li.dataset.tip };
    });
    var number = call.dataset.number;
    var digits = "";
    var step = -1;

    call.querySelector("[data-script]").hidden = true;
    phone.hidden = false;

    function show(value) {
      digits = value.slice(0, 12);
      dialled.textContent = digits;
      status.textContent = "";
    }

    function showStep(index) {
      step = index;
      if (step >= steps.length) {
        conversation.hidden = true;
        done.hidden = false;
        done.querySelector("[data-cheer]").focus();
        return;
      }
      says.textContent = steps[step].says;
      hint.textContent = steps[step].hint;
      answer.value = "";
      answer.focus();
    }

    function placeCall() {
      if (digits !== number) {
        status.textContent = call.dataset.wrongNumber;
        return;
      }
      status.textContent = call.dataset.ringing;
      phone.hidden = true;
      conversation.hidden = false;
      conversation.classList.add("is-ringing");
      showStep(0);
    }

    call.querySelectorAll("[data-key]").forEach(function (key) {
      key.addEventListener("click", function () {
        show(digits + key.dataset.key);
      });
    });
    // Typing digits works too, so a keyboard or switch user need not tab through twelve keys.
    phone.addEventListener("keydown", function (event) {
      if (/^[0-9*#]$/.test(event.key)) {
        event.preventDefault();
        show(digits + event.key);
      } else if (event.key === "Backspace") {
        event.preventDefault();
        show(digits.slice(0, -1));
      }
    });
    call.querySelector("[data-delete]").addEventListener("click", function () {
      show(digits.slice(0, -1));
    });
    call.querySelector("[data-call]").addEventListener("click", placeCall);
    call.querySelector("[data-next]").addEventListener("click", function () {
      showStep(step + 1);
    });
    answer.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
        showStep(step + 1);
      }
    });
    call.querySelector("[data-restart]").addEventListener("click", function () {
      done.hidden = true;
      conversation.classList.remove("is-ringing");
      phone.hidden = false;
      show("");
      step = -1;
      call.querySelector("[data-key]").focus();
    });

    if ("speechSynthesis" in window && "SpeechSynthesisUtterance" in window) {
      speak.hidden = false;
      speak.addEventListener("click", function () {
        var utterance = new window.SpeechSynthesisUtterance(says.textContent + " " + hint.textContent);
        utterance.lang = document.documentElement.lang || "en";
        utterance.rate = 0.9;
        window.speechSynthesis.cancel();
        window.speechSynthesis.speak(utterance);
      });
    }
  }

  /* Print one card or sheet on its own. */
  function setUpPrinting() {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      var area = button.closest("[data-print-area]");
      var hint = area.querySelector("[data-print-hint]");
      button.hidden = false;
      if (hint) hint.hidden = true;
      button.addEventListener("click", function () {
        document.body.setAttribute("data-printing", "");
        area.classList.add("is-print-target");
        window.print();
      });
    });
    window.addEventListener("afterprint", function () {
      document.body.removeAttribute("data-printing");
      document.querySelectorAll(".is-print-target").forEach(function (area) {
        area.classList.remove("is-print-target");
      });
    });
  }

  function start() {
    document.querySelectorAll("[data-kids-game]").forEach(setUpGame);
    document.querySelectorAll("[data-practice-call]").forEach(setUpPracticeCall);
    setUpPrinting();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
