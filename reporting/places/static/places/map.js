// The place map: the agency's streets and boundary (or raster tiles when the agency configured
// a tile server), a pin where it happened, the nearest address filled in. Only an enhancement:
// the address field does the same job without it, by keyboard and screen reader alike.
(function () {
  "use strict";
  var box = document.getElementById("place-map");
  if (!box || typeof L === "undefined") { return; }
  box.hidden = false;
  var data = box.dataset;
  var canvas = box.querySelector(".place-map-canvas");
  var status = document.getElementById("place-map-status");
  var map = L.map(canvas, { zoomControl: false, scrollWheelZoom: false });
  L.control.zoom({ zoomInTitle: data.zoomIn, zoomOutTitle: data.zoomOut }).addTo(map);
  map.attributionControl.setPrefix("Leaflet");
  if (data.tileUrl) {
    L.tileLayer(data.tileUrl, { attribution: data.attribution, maxZoom: 19 }).addTo(map);
  }

  var placed = false;
  var boundary = null;
  var boundaryText = document.getElementById("place-map-boundary");
  if (boundaryText) {
    try {
      boundary = L.geoJSON(JSON.parse(JSON.parse(boundaryText.textContent)), {
        interactive: false,
        style: { color: "#1d70b8", weight: 3, dashArray: "8 6", fill: false }
      }).addTo(map);
    } catch (e) { boundary = null; }
  }

  var marker = null;
  function show(latlng) {
    if (marker) { marker.setLatLng(latlng); } else {
      marker = L.marker(latlng, { keyboard: false, alt: "" }).addTo(map);
    }
  }

  var lat = parseFloat(data.lat), lon = parseFloat(data.lon);
  if (!isNaN(lat) && !isNaN(lon)) {
    show([lat, lon]);
    map.setView([lat, lon], 17);
    placed = true;
  } else if (boundary && boundary.getBounds().isValid()) {
    map.fitBounds(boundary.getBounds());
    placed = true;
  } else {
    map.setView([0, 0], 2);
  }

  fetch(data.streetsUrl, { credentials: "same-origin" })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (streets) {
      if (!streets || !streets.features.length) { return; }
      var layer = L.geoJSON(streets, {
        interactive: false,
        style: { color: "#6b6b6b", weight: 4 },
        onEachFeature: function (feature, line) {
          if (!data.tileUrl && feature.properties.name) {
            line.bindTooltip(feature.properties.name, {
              permanent: true, direction: "center", className: "street-label"
            });
          }
        }
      });
      if (!data.tileUrl) { layer.addTo(map); }
      if (!placed) { map.fitBounds(layer.getBounds()); }
    })
    .catch(function () { /* the map still takes a pin without its streets */ });

  if (data.mode !== "pick") { return; }

  function field(id, value) {
    var input = document.getElementById(id);
    if (input) { input.value = value; }
  }

  function drop(latlng) {
    show(latlng);
    field("id_latitude", latlng.lat.toFixed(6));
    field("id_longitude", latlng.lng.toFixed(6));
    status.textContent = data.pinned;
    var url = data.nearestUrl + "?lat=" + latlng.lat.toFixed(6) + "&lon=" + latlng.lng.toFixed(6);
    fetch(url, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (found) {
        if (found && found.address) {
          field("id_address", found.address);
          field("id_city", found.city || "");
          status.textContent = data.filled.replace("{place}", found.label);
        } else {
          status.textContent = data.far;
        }
      })
      .catch(function () { status.textContent = data.far; });
  }

  map.on("click", function (event) { drop(event.latlng); });
  canvas.addEventListener("keydown", function (event) {
    if (event.target === canvas && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      drop(map.getCenter());
    }
  });
})();
