/* Draws the relations index with its shifts from JSON embedded in the page (no network). */
(function () {
  "use strict";
  var COLORS = ["#1f5f8b", "#b5562b", "#3c7d4a", "#7a4e9b", "#8a7a22", "#555555"];

  function draw(chartId, dataId) {
    var box = document.getElementById(chartId);
    var holder = document.getElementById(dataId);
    if (!box || !holder || typeof Plotly === "undefined") { return; }
    var data = JSON.parse(holder.textContent);
    var traces = [];
    var pairs = Object.keys(data.series);
    pairs.forEach(function (pair, i) {
      var pts = data.series[pair].points;
      var color = COLORS[i % COLORS.length];
      var label = pair.replace("-", " → ");
      traces.push({
        x: pts.map(function (p) { return p.start; }),
        y: pts.map(function (p) { return p.smoothed; }),
        name: label + " (smoothed)", mode: "lines", line: { color: color, width: 2.5 },
        hovertemplate: "%{x|%Y-%m}: %{y:.2f}<extra>" + label + "</extra>"
      });
      var seen = pts.filter(function (p) { return p.count > 0; });
      traces.push({
        x: seen.map(function (p) { return p.start; }),
        y: seen.map(function (p) { return p.mean; }),
        text: seen.map(function (p) { return p.count + " events"; }),
        name: label + " (mean)", mode: "markers", showlegend: false,
        marker: { color: color, size: 6, opacity: 0.55 },
        hovertemplate: "%{x|%Y-%m}: mean %{y:.2f}, %{text}<extra>" + label + "</extra>"
      });
    });
    var shapes = [], notes = [];
    data.shifts.forEach(function (s, k) {
      var color = s.direction === "hostile" ? "#b3261e" : "#2e7d32";
      shapes.push({ type: "line", xref: "x", yref: "paper", x0: s.date, x1: s.date, y0: 0, y1: 1,
        line: { color: color, width: 1.5, dash: "dash" } });
      notes.push({ x: s.date, y: 1, xref: "x", yref: "paper", yanchor: "bottom", showarrow: false,
        yshift: (k % 3) * 13, text: s.pair.replace("-", "→") + " " + s.direction, font: { size: 11, color: color } });
    });
    shapes.push({ type: "line", xref: "paper", x0: 0, x1: 1, y0: 0, y1: 0,
      line: { color: "#999", width: 1 } });
    Plotly.newPlot(box, traces, {
      margin: { l: 44, r: 12, t: 52, b: 36 }, height: 340,
      paper_bgcolor: "rgba(0,0,0,0)", plot_bgcolor: "rgba(0,0,0,0)",
      font: { family: "system-ui, sans-serif", size: 12, color: "#222" },
      yaxis: { title: { text: "intensity" }, zeroline: false, gridcolor: "#e6e6e6" },
      xaxis: { gridcolor: "#f0f0f0" },
      legend: { orientation: "h", y: -0.15 },
      shapes: shapes, annotations: notes
    }, { displaylogo: false, responsive: true, modeBarButtonsToRemove: ["sendDataToCloud"] });
  }

  draw("index-chart", "index-data");
  draw("shift-chart", "shift-data");
})();
