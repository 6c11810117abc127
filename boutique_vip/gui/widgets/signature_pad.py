"""A signature pad: the manager draws their signature once with the mouse or a pen; it prints on approved sheets."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QTabletEvent
from PySide6.QtWidgets import QWidget


class SignaturePad(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setMinimumSize(360, 130)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.strokes: list[QPainterPath] = []

    def is_empty(self) -> bool:
        return not self.strokes

    def clear(self) -> None:
        self.strokes = []
        self.update()

    def _start(self, point: QPointF) -> None:
        path = QPainterPath(point)
        self.strokes.append(path)

    def _extend(self, point: QPointF) -> None:
        if self.strokes:
            self.strokes[-1].lineTo(point)
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._start(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def tabletEvent(self, event: QTabletEvent) -> None:
        if event.type() == QTabletEvent.Type.TabletPress:
            self._start(event.position())
        elif event.type() == QTabletEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position())
        event.accept()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setPen(QPen(Qt.GlobalColor.lightGray, 1, Qt.PenStyle.DashLine))
        painter.drawLine(10, self.height() - 25, self.width() - 10, self.height() - 25)
        self._draw(painter)

    def _draw(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(
                Qt.GlobalColor.black,
                2.2,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        for path in self.strokes:
            painter.drawPath(path)

    def png(self) -> bytes:
        """The strokes on a transparent background, as PNG bytes."""
        image = QImage(self.size(), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self._draw(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes, PySide wants str
        return bytes(data.data())
