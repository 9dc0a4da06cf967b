// Optional help for the map pin: fill latitude/longitude from the device. The form works without it.
(function () {
  var button = document.getElementById("use-location");
  if (!button || !("geolocation" in navigator)) { return; }
  button.hidden = false;
  button.addEventListener("click", function () {
    var status = document.getElementById("use-location-status");
    navigator.geolocation.getCurrentPosition(function (pos) {
      document.getElementById("id_latitude").value = pos.coords.latitude.toFixed(6);
      document.getElementById("id_longitude").value = pos.coords.longitude.toFixed(6);
      status.textContent = button.dataset.done;
    }, function () {
      status.textContent = button.dataset.failed;
    });
  });
})();
