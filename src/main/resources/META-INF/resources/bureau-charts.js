// Charts of the bureau's dashboard (web.pages.BureauPages), kept out of the HTML so the CSP forbids every inline
// script. Each chart container carries its figures as JSON in data-chart; the tables beside them carry the same
// numbers, so the charts need no tooltips (ECharts writes those with inline styles, which the policy refuses).
document.addEventListener('DOMContentLoaded', function () {
  if (!window.echarts) {
    return;
  }
  document.querySelectorAll('.chart[data-chart]').forEach(function (container) {
    var figures = JSON.parse(container.getAttribute('data-chart'));
    var chart = echarts.init(container, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { show: false },
      aria: { enabled: true },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 56, containLabel: true },
      xAxis: { type: 'category', data: figures.categories, axisLabel: { interval: 0, rotate: figures.categories.length > 4 ? 40 : 0 } },
      yAxis: figures.series.map(function (series, index) {
        return { type: 'value', name: series.name, position: index === 0 ? 'left' : 'right', splitLine: { show: index === 0 } };
      }),
      series: figures.series.map(function (series, index) {
        return { name: series.name, type: 'bar', yAxisIndex: index, data: series.values.map(Number) };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
