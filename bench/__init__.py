"""The performance benchmarks: ``python -m bench [--quick] [--out FILE]`` (docs/performance.md).

Every figure is measured against a floor taken in the same run (a bare PySide6 window, a bare
insert, a bare ReportLab page, the same query on a small database), so that a slow or busy machine
moves both sides. The data sets are generated in a temporary folder by the app's own ``demo``.
"""
