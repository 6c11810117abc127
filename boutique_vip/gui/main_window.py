"""The main window: four tabs, a menu, and a status bar saying who works on which database."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)

from boutique_vip import __version__, autostart, clock, paths
from boutique_vip.domain.changes import Topic
from boutique_vip.domain.customer import CustomerCard
from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.domain.permissions import Action, allowed
from boutique_vip.domain.rules import Rules
from boutique_vip.domain.users import Actor, Role
from boutique_vip.gui.feedback import show_error
from boutique_vip.gui.ops import Change, ChangeBus, run_in_pool, run_operation
from boutique_vip.gui.tabs.calls import CallsTab
from boutique_vip.gui.tabs.customers import CustomersTab
from boutique_vip.gui.tabs.desk import DeskTab
from boutique_vip.gui.tabs.gifts import GiftsTab
from boutique_vip.gui.tabs.purchases import PurchasesTab
from boutique_vip.gui.tray import ShopTray
from boutique_vip.gui.widgets import named
from boutique_vip.gui.widgets.headers import header_state, readable_headers, restore_header
from boutique_vip.services import Services
from boutique_vip.settings import Preferences

CALL_TIMER_MS = 30_000  # how often the call hour is checked
IDLE_CHECK_MS = 5_000  # how often the idle lock looks at the time since the last key or click
BACKUP_COPY_DAYS = 7  # remind to copy a backup off the PC this often

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    language_changed = Signal(str)  # the code chosen in View → Language ("" follows the system)

    def __init__(
        self, services: Services, actor: Actor, preferences: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.preferences = preferences
        self.database_args: list[str] = []  # how this database was named at start (for "start with the PC")
        self.shop_name = services.shop.name()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("{shop} — Boutique VIP").format(shop=self.shop_name))
        if services.db.read_only:
            self.setWindowTitle(self.windowTitle() + " " + self.tr("(read-only)"))
        self.tabs = named(QTabWidget(), "mainTabs")
        self.bus = ChangeBus(self)  # every page learns of changes here, never from another page
        self.customers = CustomersTab(services, self.bus)
        self.tabs.addTab(self.customers, self.tr("Customers"))
        self.purchases = PurchasesTab(services, actor, self.bus)
        self.tabs.addTab(self.purchases, self.tr("Purchases"))
        self.gifts = GiftsTab(services, actor, self.language(), self.bus)
        self.tabs.addTab(self.gifts, self.tr("Gifts"))
        self.calls = CallsTab(services, actor, self.language(), self.bus)
        self.calls.call_hour_started.connect(self.call_hour_started)
        self.tray = self._build_tray()
        self.bus.watch(self, {Topic.PLANS}, self.check_plan_deadlines)  # an approval clears the reminder
        self.calls.waiting.connect(self.tray.show_waiting)
        self.tabs.addTab(self.calls, self.tr("Calls"))
        self.desk = DeskTab(services, actor, self.language(), self.bus)
        self.desk_index = self.tabs.addTab(self.desk, self.tr("Manager's desk"))
        self.desk_loaded = False
        self.tabs.currentChanged.connect(self._tab_shown)
        self.call_timer = QTimer(self)
        self.call_timer.timeout.connect(self.calls.tick)
        self.call_timer.start(CALL_TIMER_MS)
        self.setCentralWidget(self.tabs)
        self._build_menu()
        # Idle lock: any key or mouse press counts as use; checked every few seconds.
        self.last_use = time.monotonic()
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        self.idle_timer = QTimer(self)
        self.idle_timer.timeout.connect(self.lock_if_idle)
        self.idle_timer.start(IDLE_CHECK_MS)
        self.user_label = named(QLabel(), "statusUser")
        self.db_label = named(QLabel(), "statusDatabase")
        self.statusBar().addWidget(self.user_label)
        switch = named(QPushButton(self.tr("Switch user")), "statusSwitchUser")
        switch.setFlat(True)
        switch.clicked.connect(self.switch_user)  # one click from anywhere: the next person at the counter
        self.statusBar().addWidget(switch)
        self.plan_label = named(QLabel(), "statusPlanReminder")
        self.plan_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.statusBar().addPermanentWidget(self.plan_label)
        self.backup_label = named(QLabel(), "statusBackupReminder")
        self.backup_label.setStyleSheet("color: #e65100;")
        self.statusBar().addPermanentWidget(self.backup_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self._show_status()
        if preferences.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(preferences.window_geometry.encode()))
        else:  # the first start: the whole screen (a shop PC's 1366×768 has no room to spare)
            self.resize(1280, 720)
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        for name, table in self._tables().items():
            readable_headers(table)  # long titles wrap, each whole in a tooltip (English is longer)
            if name in preferences.columns:
                restore_header(
                    table.horizontalHeader(), QByteArray.fromBase64(preferences.columns[name].encode())
                )

    def _build_menu(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        # Each menu entry a role may not use is disabled (the services refuse it anyway).
        self.role_actions: list[tuple[QAction, Action]] = [
            (
                self._action(
                    file_menu,
                    self.tr("&Import from Excel or CSV…"),
                    self.import_files,
                    "Ctrl+I",
                    "actionImport",
                ),
                Action.IMPORT,
            ),
            (
                self._action(
                    file_menu,
                    self.tr("Export &customers…"),
                    lambda: self.export("customers"),
                    None,
                    "actionExportCustomers",
                ),
                Action.EXPORT,
            ),
            (
                self._action(
                    file_menu,
                    self.tr("Export &purchases…"),
                    lambda: self.export("purchases"),
                    None,
                    "actionExportPurchases",
                ),
                Action.EXPORT,
            ),
        ]
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Backups…"), self.open_backups, None, "actionBackups")
        self._action(file_menu, self.tr("&Lock now"), self.lock, "Ctrl+L", "actionLock")
        self.rules_action = self._action(
            file_menu, self.tr("&Rules of the shop…"), self.edit_rules, None, "actionRules"
        )
        self._action(file_menu, self.tr("Switch &user…"), self.switch_user, "Ctrl+U", "actionSwitchUser")
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("&Quit"), self.quit_program, QKeySequence.StandardKey.Quit, "actionQuit"
        )

        cards = menu.addMenu(self.tr("&Customers"))
        self._action(cards, self.tr("&Find…"), self._find, QKeySequence.StandardKey.Find, "actionFind")
        self._action(
            cards, self.tr("&New card"), self._new_card, QKeySequence.StandardKey.New, "actionNewCard"
        )
        self._action(
            cards, self.tr("&Save card"), self._save_card, QKeySequence.StandardKey.Save, "actionSaveCard"
        )
        cards.addSeparator()
        self.manager_actions = [
            self._action(
                cards, self.tr("&Correct points…"), self.correct_points, None, "actionCorrectPoints"
            ),
            self._action(
                cards, self.tr("E&xport her data…"), self.export_her_data, None, "actionExportHerData"
            ),
            self._action(cards, self.tr("&Erase her data…"), self.erase_her_data, None, "actionEraseHerData"),
            self._action(
                cards, self.tr("&Duplicate cards and merging…"), self.merge_cards, None, "actionMergeCards"
            ),
        ]
        cards.addSeparator()
        self._action(
            cards, self.tr("&Print her member card…"), self.print_member_card, None, "actionMemberCard"
        )
        self._action(
            cards,
            self.tr("Member cards of the &month's new members…"),
            self.print_new_cards,
            None,
            "actionNewCards",
        )
        manager = menu.addMenu(self.tr("&Manager"))
        self.manager_actions += [
            self._action(manager, self.tr("&Users…"), self.open_users, None, "actionUsers"),
            self._action(manager, self.tr("&Audit log…"), self.open_audit_log, None, "actionAuditLog"),
        ]

        view = menu.addMenu(self.tr("&View"))
        languages = view.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, title in (("", self.tr("Follow the system")), ("zh_CN", "中文"), ("en", "English")):
            action = QAction(title, self, checkable=True, checked=self.preferences.language == code)
            action.triggered.connect(lambda _checked=False, code=code: self._set_language(code))
            group.addAction(action)
            languages.addAction(action)
        view.addSeparator()
        self.close_to_tray_action = named(
            QAction(
                self.tr("Closing the window keeps the program in the &tray"),
                self,
                checkable=True,
                checked=bool(self.preferences.close_to_tray),
            ),
            "actionCloseToTray",
        )
        self.close_to_tray_action.toggled.connect(self._set_close_to_tray)
        view.addAction(self.close_to_tray_action)
        self.start_with_pc_action = named(
            QAction(
                self.tr("&Start with the PC"),
                self,
                checkable=True,
                checked=autostart.supported() and autostart.enabled(),
            ),
            "actionStartWithPc",
        )
        self.start_with_pc_action.setEnabled(autostart.supported())
        self.start_with_pc_action.toggled.connect(self._set_start_with_pc)
        view.addAction(self.start_with_pc_action)

        help_menu = menu.addMenu(self.tr("&Help"))
        self._action(
            help_menu,
            self.tr("&Guide to the shop's day"),
            self.open_help,
            QKeySequence.StandardKey.HelpContents,
            "actionHelp",
        )
        self._action(help_menu, self.tr("&About Boutique VIP"), self._about, None, "actionAbout")

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence.StandardKey | None,
        name: str,
    ) -> QAction:
        action = named(QAction(text, self), name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    @staticmethod
    def language() -> str:
        """The language the window speaks (and prints sheets in)."""
        from PySide6.QtCore import QLocale

        return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"

    def edit_rules(self) -> None:
        from boutique_vip.gui.dialogs.rules_dialog import RulesDialog

        dialog = RulesDialog(self.services.shop.rules(), self.services, self.bus, self.actor, self)
        if dialog.exec() and dialog.chosen is not None:
            self.save_rules(dialog.chosen)

    def save_rules(self, rules: Rules) -> None:
        """The rules and everyone's tier under them: seconds in a large shop, off the GUI thread."""
        self.statusBar().showMessage(self.tr("Saving the rules and sorting every customer again…"))
        self._rules_worker = run_in_pool(
            self,
            self.bus,
            Change(self.services.shop.set_rules, rules, self.actor),
            on_done=lambda changed: self.statusBar().showMessage(
                self.tr("The rules are saved: {n} tiers changed.").format(n=changed), 8000
            ),
            on_failed=self._rules_refused,
        )

    def _rules_refused(self, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        if not isinstance(exc, BoutiqueError):
            raise exc  # a fault, not a refusal: the crash dialog shows it
        show_error(self, exc)

    def check_plan_deadlines(self) -> None:
        """Remind the manager when a gift plan must be approved soon (its first card goes in the mail then).
        Worked out off the GUI thread: it evaluates the tiers of the month's first birthday customers."""
        from boutique_vip.gui.ops import run_query

        today = clock.today()
        first = today.replace(day=1)
        months = [m.strftime("%Y-%m") for m in (first, (first + dt.timedelta(days=32)).replace(day=1))]
        warn_days = self.services.shop.rules().plan_reminder_days

        def deadlines(_progress: object) -> list[tuple[str, dt.date | None]]:
            return [(month, self.services.gifts.approval_deadline(month)) for month in months]

        def show(found: object) -> None:
            due = sorted(  # the most urgent (an overdue one) first
                (deadline, month)
                for month, deadline in cast(list[tuple[str, dt.date | None]], found)
                if deadline is not None and (deadline - today).days <= warn_days
            )
            notes = [
                self.tr("Gift plan {month}: approve by {date}").format(month=month, date=deadline.isoformat())
                if deadline >= today
                else self.tr("Gift plan {month}: approval overdue by {days} days").format(
                    month=month, days=(today - deadline).days
                )
                for deadline, month in due
            ]
            self.plan_label.setText("  ".join(notes))  # cleared once the plans are approved
            if due:
                self.gifts.plan.needs_attention(due[0][1])

        self._plan_worker = run_query(deadlines, show, lambda exc: log.warning("Plan reminder: %s", exc))

    def call_hour_started(self, count: int) -> None:
        """15:00: the window comes forward on the Calls tab (from the tray if it was closed there), with a
        desktop notification of how many calls wait; clicking the notification opens the Calls tab too."""
        self.bring_forward(calls=True)
        message = self.tr("Call hour: {n} calls to make today.").format(n=count)
        self.statusBar().showMessage(message, 60_000)
        self.tray.showMessage(self.tr("Boutique VIP"), message)

    # --- the tray: always there at 15:00 ----------------------------------------------------------

    def _build_tray(self) -> ShopTray:
        tray = ShopTray(self.windowIcon(), self)
        tray.open_action.triggered.connect(lambda: self.bring_forward())
        tray.calls_action.triggered.connect(lambda: self.bring_forward(calls=True))
        tray.quit_action.triggered.connect(self.quit_program)
        tray.messageClicked.connect(lambda: self.bring_forward(calls=True))
        tray.activated.connect(self._tray_clicked)
        if ShopTray.available():
            tray.show()
        return tray

    def _tray_clicked(self, reason: ShopTray.ActivationReason) -> None:
        if reason != ShopTray.ActivationReason.Context:  # the right button opens the tray's menu
            self.bring_forward()

    def bring_forward(self, calls: bool = False) -> None:
        """Show the window (from the tray, too); after the idle time it asks who is at the PC first."""
        QApplication.setQuitOnLastWindowClosed(True)
        if calls:
            self.tabs.setCurrentWidget(self.calls)
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        if self._idle_too_long() and not self.locked:
            QTimer.singleShot(0, self.lock)

    def _set_close_to_tray(self, keep: bool) -> None:
        self.preferences.close_to_tray = keep
        self.preferences.save()

    def _set_start_with_pc(self, on: bool) -> None:
        """Started with the PC, the program is running at 15:00 without anyone remembering to open it."""
        self.preferences.start_with_pc = on
        self.preferences.save()
        try:
            autostart.apply(on, autostart.command(self.database_args))
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Start with the PC"),
                self.tr("The setting could not be changed: {reason}").format(reason=exc.strerror or exc),
            )

    def quit_program(self) -> None:
        """File → Quit and the tray's Quit: the program ends (closing the window may only hide it in the tray)."""
        self.quitting = True
        QApplication.setQuitOnLastWindowClosed(True)
        if not self.close():
            self.quitting = False
            return
        QApplication.quit()  # the window may have been hidden in the tray: no last window closes

    def _keep_in_tray(self) -> bool:
        """Closing the window: keep running in the tray (the call list still comes at 15:00) or quit. Asked
        once, the answer kept on this PC (View → Close to the tray)."""
        if self.quitting or not ShopTray.available():
            return False
        if self.preferences.close_to_tray is None:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Close Boutique VIP"),
                self.tr(
                    "Keep the program running beside the clock? Then the call list still comes forward at "
                    "{hour}:00 while the window is closed. (You can change this under View.)"
                ).format(hour=self.services.shop.rules().call_hour_start),
                parent=self,
            )
            keep = box.addButton(self.tr("Keep running in the tray"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(keep)
            box.exec()
            self.preferences.close_to_tray = box.clickedButton() is keep
            self.close_to_tray_action.setChecked(self.preferences.close_to_tray)
        return bool(self.preferences.close_to_tray)

    def _show_status(self) -> None:
        role = self.tr("manager") if self.actor.role is Role.MANAGER else self.tr("staff")
        self.user_label.setText(self.tr("Signed in: {name} ({role})").format(name=self.actor.name, role=role))
        # The file's name (or the server) in the bar, the whole path in its tooltip: a long path pushed the
        # plan and backup reminders off a 1366-pixel screen.
        where = self.services.db.describe()
        path = self.services.db.sqlite_path
        self.db_label.setText(self.tr("Database: {where}").format(where=path.name if path else where))
        self.db_label.setToolTip(where)
        self.rules_action.setEnabled(allowed(self.actor.role, Action.SETTINGS))
        for action in self.manager_actions:
            action.setEnabled(self.actor.is_manager)
        for action, needed in self.role_actions:
            action.setEnabled(allowed(self.actor.role, needed))
        self.tabs.setTabVisible(self.desk_index, self.actor.is_manager)  # managers only
        self.desk.actor = self.actor
        self.customers.editor.set_actor(self.actor)
        self.check_backup_reminder()

    def _tab_shown(self, index: int) -> None:
        if index == self.desk_index and not self.desk_loaded:  # the KPIs are counted when first looked at
            self.desk_loaded = True
            self.desk.refresh_in_background()

    def _on_customers(self) -> CustomersTab:
        self.tabs.setCurrentWidget(self.customers)
        return self.customers

    def _find(self) -> None:
        self._on_customers().focus_search()

    def _new_card(self) -> None:
        self._on_customers().new_card()

    def _save_card(self) -> None:
        self._on_customers().save()

    def switch_user(self) -> None:
        from boutique_vip.gui.dialogs.sign_in import SignInDialog

        if not self.customers.editor.may_leave():
            return
        dialog = SignInDialog(self.services, self.shop_name, self, bus=self.bus)
        if dialog.exec() and dialog.actor is not None:
            self._set_actor(dialog.actor)

    def _set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self.purchases.set_actor(actor)
        self.gifts.set_actor(actor)
        self.calls.set_actor(actor)
        self._show_status()

    # --- locking when nobody is at the PC ---------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.last_use = time.monotonic()
        return False

    def _idle_too_long(self) -> bool:
        minutes = self.services.shop.rules().idle_lock_minutes
        return bool(minutes) and time.monotonic() - self.last_use >= minutes * 60

    def lock_if_idle(self) -> None:
        # Hidden in the tray, nothing is on screen: she is asked who she is when the window comes back.
        if not self.locked and self.isVisible() and self._idle_too_long():
            self.lock()

    locked = False
    quitting = False

    def lock(self) -> None:
        """Hide the customers' data behind the sign-in until someone signs in. A card being typed stays as it
        is (unsaved changes are kept for whoever signs in next)."""
        from boutique_vip.gui.dialogs.sign_in import SignInDialog

        self.locked = True
        self.tabs.hide()
        try:
            while not self.quitting:  # quit from the tray while locked: no more sign-in
                dialog = SignInDialog(self.services, self.shop_name, self, locked=True, bus=self.bus)
                if dialog.exec() and dialog.actor is not None:
                    self._set_actor(dialog.actor)
                    break
        finally:
            self.tabs.show()
            self.locked = False
            self.last_use = time.monotonic()

    # --- data safety -----------------------------------------------------------------------

    def open_backups(self) -> None:
        from boutique_vip.gui.dialogs.backups import BackupsDialog

        if self.services.db.sqlite_path is None:
            QMessageBox.information(
                self,
                self.tr("Backups"),
                self.tr(
                    "This shop's data is on a PostgreSQL server: back it up there with pg_dump (see the README)."
                ),
            )
            return
        BackupsDialog(self.services, self.bus, self.actor, self.preferences, self).exec()
        self.check_backup_reminder()

    def check_backup_reminder(self) -> None:
        """Weekly: a backup should also be copied off this PC (to a USB drive) unless the folder is elsewhere."""
        copied = self.preferences.backup_copied_off
        due = not self.preferences.backup_folder and (
            not copied or (clock.today() - dt.date.fromisoformat(copied)).days >= BACKUP_COPY_DAYS
        )
        self.backup_label.setText(self.tr("Copy a backup off this PC (File → Backups)") if due else "")

    def open_users(self) -> None:
        from boutique_vip.gui.dialogs.users import UsersDialog

        UsersDialog(self.services, self.bus, self.actor, self).exec()

    def open_audit_log(self) -> None:
        from boutique_vip.gui.dialogs.audit_log import AuditLogDialog

        try:
            AuditLogDialog(self.services, self.actor, self).exec()
        except BoutiqueError as exc:
            show_error(self, exc)

    def _open_card(self) -> CustomerCard | None:
        card = self.customers.editor.card
        if card.id is None:
            QMessageBox.information(self, self.tr("Customers"), self.tr("Open a customer's card first."))
            return None
        return card

    def correct_points(self) -> None:
        from boutique_vip.gui.dialogs.customer_privacy import CorrectPointsDialog

        card = self._open_card()
        if card is not None and CorrectPointsDialog(self.services, self.bus, self.actor, card, self).exec():
            self.customers.editor.history.load(card)

    def export_her_data(self) -> None:
        from boutique_vip.gui.dialogs.customer_privacy import export_her_data

        card = self._open_card()
        if card is not None and (path := export_her_data(self, self.services, self.bus, self.actor, card)):
            self.statusBar().showMessage(self.tr("Saved {file}").format(file=path), 8000)

    def erase_her_data(self) -> None:
        from boutique_vip.gui.dialogs.customer_privacy import erase_her_data

        card = self._open_card()
        if (
            card is not None
            and self.customers.editor.may_leave()
            and erase_her_data(self, self.services, self.bus, self.actor, card)
        ):
            assert card.id is not None
            self.customers.show_customer(card.id)

    def merge_cards(self) -> None:
        """The cards that may be one customer; two of them merged into one (the open card stays, if any)."""
        from boutique_vip.gui.dialogs.merge_cards import MergeCardsDialog

        open_card = self.customers.editor.card
        if open_card.id is not None and not self.customers.editor.may_leave():
            return
        dialog = MergeCardsDialog(self.services, self.bus, self.actor, self, open_card.card_no)
        dialog.exec()
        if dialog.last_kept is not None:
            self.customers.show_customer(dialog.last_kept)

    def print_member_card(self) -> None:
        """Her card with a barcode and a QR code of her card number (a scanner opens her from either)."""
        from boutique_vip.gui.widgets.pdf_preview import PdfPreview

        card = self._open_card()
        if card is None or card.id is None:
            return
        pdf = self.services.cards.card(card.id, self.language())
        PdfPreview(pdf, self.tr("Member card {card_no}").format(card_no=card.card_no), self).exec()

    def print_new_cards(self) -> None:
        """The cards of the customers registered in a month, eight to an A4 sheet with cut marks."""
        from PySide6.QtWidgets import QInputDialog

        from boutique_vip.gui.widgets.pdf_preview import PdfPreview

        first = clock.today().replace(day=1)
        months = [first.strftime("%Y-%m")]
        for _ in range(11):
            first = (first - dt.timedelta(days=1)).replace(day=1)
            months.append(first.strftime("%Y-%m"))
        month, ok = QInputDialog.getItem(
            self, self.tr("Member cards"), self.tr("Cards of the customers registered in:"), months, 0, False
        )
        if not ok:
            return
        if not self.services.cards.new_members(month):
            QMessageBox.information(
                self, self.tr("Member cards"), self.tr("Nobody registered in {month}.").format(month=month)
            )
            return
        PdfPreview(
            self.services.cards.sheet(month, self.language()),
            self.tr("Member cards {month}").format(month=month),
            self,
        ).exec()

    def import_files(self) -> None:
        from boutique_vip.gui.dialogs.import_dialog import ImportDialog

        ImportDialog(self.services, self.bus, self.actor, self).exec()

    def export(self, what: str) -> None:
        """Customers or purchases to a file; its type chooses Chinese or English column names (Chinese ones
        offered first in the Chinese window), and import reads either back."""
        from PySide6.QtWidgets import QFileDialog

        chinese_first = self.language() == "zh_CN"
        kinds = [
            (self.tr("Excel, Chinese column names (*.xlsx)"), True),
            (self.tr("Excel, English column names (*.xlsx)"), False),
            (self.tr("CSV, Chinese column names (*.csv)"), True),
            (self.tr("CSV, English column names (*.csv)"), False),
        ]
        kinds.sort(key=lambda kind: (kind[0].startswith("CSV"), kind[1] != chinese_first))
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export"), f"{what}.xlsx", ";;".join(text for text, _ in kinds)
        )
        if not name:
            return
        chinese = dict(kinds).get(chosen, chinese_first)
        export = (
            self.services.imports.export_customers
            if what == "customers"
            else self.services.imports.export_purchases
        )
        exported = Change(export, Path(name), self.actor, chinese=chinese)
        if not run_operation(self, self.bus, exported):
            return
        self.statusBar().showMessage(
            self.tr("Exported {count} rows to {file}").format(count=exported.result, file=name), 8000
        )

    def backup_in_background(self) -> None:
        """Once a day, at the first start: a verified copy of the database, off the GUI thread."""
        if self.services.db.sqlite_path is None or self.services.db.read_only:
            return

        def done(made: object) -> None:
            if made is not None:
                self.statusBar().showMessage(
                    self.tr("Today's backup is saved: {file}").format(file=made), 8000
                )

        self._backup_worker = run_in_pool(
            self,
            self.bus,
            Change(self.services.backups.daily_if_due),
            on_done=done,
            on_failed=lambda exc: self.backup_label.setText(
                self.tr("The daily backup failed: {reason}").format(reason=exc)
            ),
        )

    def recompute_tiers_in_background(self) -> None:
        """Once a day, at the first start: everyone's tier for today, off the GUI thread."""
        if self.services.db.read_only:
            return

        def done(changed: int | None) -> None:
            if changed is not None:
                self.statusBar().showMessage(
                    self.tr("Tiers updated for today: {n} changed").format(n=changed), 8000
                )

        self._tier_worker = run_in_pool(
            self,
            self.bus,
            Change(self.services.tiers.recompute_if_new_day),
            on_done=done,
            on_failed=lambda exc: self.statusBar().showMessage(str(exc)),
        )

    def _set_language(self, code: str) -> None:
        """Saved for the next start, and the window is rebuilt in the new language at once (see app.py).
        A card being typed is saved or kept first, as when closing."""
        if code == self.preferences.language:
            return
        if not self.customers.editor.may_leave():
            return
        self.preferences.language = code
        self.preferences.save()
        self.language_changed.emit(code)

    def open_help(self) -> None:
        from boutique_vip.gui.dialogs.help import HelpDialog

        self._help = HelpDialog(self.language(), self)
        self._help.show()  # beside the window, not blocking it

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Boutique VIP"),
            self.tr(
                "Boutique VIP {version}\nCustomer care for {shop}.\n\nData folder: {folder}\nDatabase: {db}"
            ).format(
                version=__version__,
                shop=self.shop_name,
                folder=paths.data_dir(),
                db=self.services.db.describe(),
            ),
        )

    def _tables(self) -> dict[str, QTableView]:
        """The window's named tables (their column widths are remembered on this PC)."""
        return {t.objectName(): t for t in self.findChildren(QTableView) if t.objectName()}

    def retire(self) -> None:
        """Make way for a new window (another language): stop the timers and hide, without the closing questions."""
        self.call_timer.stop()
        self.idle_timer.stop()
        QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        self.tray.hide()  # the new window has its own
        self.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.customers.editor.may_leave():
            event.ignore()
            return
        if self._keep_in_tray():
            self._remember_layout()
            QApplication.setQuitOnLastWindowClosed(False)
            self.hide()
            event.ignore()
            self.tray.showMessage(
                self.tr("Boutique VIP"),
                self.tr("Still running here: the call list comes forward at {hour}:00.").format(
                    hour=self.services.shop.rules().call_hour_start
                ),
            )
            return
        self._remember_layout()
        self.tray.hide()
        self.call_timer.stop()
        self.idle_timer.stop()
        event.accept()

    def _remember_layout(self) -> None:
        self.preferences.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        for name, table in self._tables().items():  # column widths as she left them
            self.preferences.columns[name] = bytes(
                header_state(table.horizontalHeader()).toBase64().data()
            ).decode()
        self.preferences.save()
