"""An approved plan bound to its signed sheet, and the shop's signing key sealed under a passphrase."""

from __future__ import annotations

import datetime as dt
import io
import time
from decimal import Decimal

import pytest
from sqlalchemy import text

from boutique_vip import clock
from boutique_vip.domain.customer import card_from_form
from boutique_vip.domain.errors import ChangedElsewhere, FieldError, WrongPassphrase
from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.domain.users import Actor, Role
from boutique_vip.reports import signing
from boutique_vip.reports.gift_sheet import read_stamp
from boutique_vip.services import Services, signing_keys
from boutique_vip.storage.models import Setting, User

PASSPHRASE = "a long passphrase"


def approved(services: Services) -> tuple[Actor, bytes]:
    """A shop with one A customer whose February birthday plan 王芳 approved."""
    manager, plan_id = february_draft(services)
    return manager, services.gifts.approve(plan_id, manager.id, "888888", PASSPHRASE)


def february_draft(services: Services) -> tuple[Actor, int]:
    """A shop with two A customers with February birthdays, and the month's draft saved by 王芳."""
    clock.freeze(dt.datetime(2027, 1, 31, 12))
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    services.shop.set_name("衣尚精品", manager)
    services.gifts.add_category("丝巾礼盒", Decimal(128), manager)
    for name, birthday in (("林雪", "1985-02-02"), ("周敏", "1990-02-14")):
        card = services.customers.save(
            card_from_form({"name": name, "birthday": birthday, "registered_on": "2025-01-01"})
        )
        services.sales.record_sale(
            Sale(card.id, dt.datetime(2027, 1, 10, 11), [SaleLine(qty=1, unit_price=Decimal(6000))]), None
        )
    plan = services.gifts.create_draft("2027-02", manager)
    return manager, plan.id or 0


def test_the_signed_sheet_carries_the_plans_revision_lines_hash_and_the_audit_head(
    services: Services,
) -> None:
    _manager, pdf = approved(services)
    stamp = read_stamp(pdf)
    assert stamp is not None and (stamp.month, stamp.revision) == ("2027-02", 1)
    assert len(stamp.lines_sha256) == 64 and stamp.audit_id is not None
    before_approval = [e for e in services.audit.entries(None) if e.action != "plan_approved"]
    assert stamp.audit_id == before_approval[0].id  # the head as it stood when she signed
    assert services.gifts.check_sheets() == []


def test_the_sheet_is_signed_while_other_tills_keep_selling(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drawing and signing a large month takes seconds: no write lock is held meanwhile, so a sale recorded
    at that moment goes through at once (inside the lock it waited out the busy timeout and failed)."""
    manager, plan_id = february_draft(services)
    customer_id = services.gifts.current("2027-02").lines[0].customer_id
    sign_pdf = signing.sign_pdf
    sold_while_signing: list[float] = []

    def sign_while_a_till_sells(*args: object, **kwargs: object) -> bytes:
        started = time.perf_counter()
        services.sales.record_sale(
            Sale(customer_id, dt.datetime(2027, 1, 31, 11), [SaleLine(qty=1, unit_price=Decimal(300))]),
            manager,
        )
        sold_while_signing.append(time.perf_counter() - started)
        return sign_pdf(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(signing, "sign_pdf", sign_while_a_till_sells)
    services.gifts.approve(plan_id, manager.id, "888888", PASSPHRASE)
    assert sold_while_signing and sold_while_signing[0] < 1.0
    assert services.gifts.current("2027-02").status == "approved"


def test_lines_changed_while_she_signs_are_not_approved(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    manager, plan_id = february_draft(services)
    sign_pdf = signing.sign_pdf

    def sign_while_another_till_edits(*args: object, **kwargs: object) -> bytes:
        with services.db.session() as s, s.begin():
            s.execute(text("UPDATE gift_plan_lines SET delivery = 'home_delivery', reason = 'x'"))
        return sign_pdf(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(signing, "sign_pdf", sign_while_another_till_edits)
    with pytest.raises(ChangedElsewhere, match="approve it again"):
        services.gifts.approve(plan_id, manager.id, "888888", PASSPHRASE)
    plan = services.gifts.current("2027-02")
    assert plan.status == "draft" and not plan.pdf_sha256


def test_an_approval_with_a_new_signature_signs_her_in_once(services: Services) -> None:
    manager, plan_id = february_draft(services)
    signed_in = services.audit.count()
    pdf = services.gifts.approve(plan_id, manager.id, "888888", PASSPHRASE, signature_png=drawn_signature())
    actions = [e.action for e in services.audit.entries(None)][: services.audit.count() - signed_in]
    assert actions.count("sign_in") == 1 and "signature_stored" in actions and "plan_approved" in actions
    assert read_stamp(pdf) is not None


def drawn_signature() -> bytes:
    """A small PNG, as the signature pad hands it over."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (120, 40), (255, 255, 255, 0))
    ImageDraw.Draw(image).line([(5, 30), (60, 8), (115, 30)], fill=(0, 0, 0, 255), width=3)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def test_check_reports_lines_changed_after_approval(services: Services) -> None:
    approved(services)
    with services.db.session() as s, s.begin():  # one UPDATE behind the program's back
        s.execute(text("UPDATE gift_plan_lines SET delivery = 'home_delivery', reason = 'x'"))
    problems = services.gifts.check_sheets()
    assert problems == ["gift plan 2027-02 r1: its lines were changed after they were signed"]


def test_recording_deliveries_is_not_tampering(services: Services) -> None:
    manager, _pdf = approved(services)
    line = services.gifts.current("2027-02").lines[0]
    services.gifts.record_card_mailed(line.id or 0, dt.date(2027, 1, 29), manager)
    services.gifts.record_delivery(line.id or 0, dt.date(2027, 2, 2), manager)
    assert services.gifts.check_sheets() == []


def test_check_reports_a_stored_sheet_replaced_by_an_unsigned_one(services: Services) -> None:
    approved(services)
    unsigned = services.gifts.sheet("2026-12")  # any unsigned sheet the program makes
    with services.db.session() as s, s.begin():
        s.execute(text("UPDATE gift_plans SET pdf = :pdf"), {"pdf": unsigned})
    problems = services.gifts.check_sheets()
    assert "gift plan 2027-02 r1: the stored sheet is not the one signed at approval" in problems
    assert "gift plan 2027-02 r1: sheet signature: not signed" in problems
    # The hash column rewritten to match: the chained audit row still names the signed sheet's hash.
    import hashlib

    with services.db.session() as s, s.begin():
        s.execute(text("UPDATE gift_plans SET pdf_sha256 = :h"), {"h": hashlib.sha256(unsigned).hexdigest()})
    assert "gift plan 2027-02 r1: the stored sheet is not the one signed at approval" in (
        services.gifts.check_sheets()
    )


def test_check_reports_a_sheet_signed_by_someone_outside_the_shop(services: Services) -> None:
    approved(services)
    now = clock.wall_now()
    stranger = signing_keys.make_authority("elsewhere", now)
    forged = signing.sign_pdf(
        services.gifts.sheet("2026-12"),
        signing_keys.issue_signer(stranger, "王芳", "elsewhere", now),
        stranger.cert_pem,
        "王芳",
        "forged",
        "x",
    )
    with services.db.session() as s, s.begin():
        s.execute(text("UPDATE gift_plans SET pdf = :pdf"), {"pdf": forged})
    problems = services.gifts.check_sheets()
    assert any("did not issue" in p for p in problems)


def test_the_keys_are_sealed_under_the_passphrase_not_the_pin(services: Services) -> None:
    manager, _pdf = approved(services)
    with services.db.session() as s:
        authority = bytes.fromhex(s.get(Setting, "ca_key_sealed").value)  # type: ignore[union-attr]
        user = s.get(User, manager.id)
        assert user is not None and user.private_key_sealed is not None
        own = bytes(user.private_key_sealed)
        assert s.get(Setting, "ca_owner_user_id") is None
    for blob in (authority, own):
        with pytest.raises(WrongPassphrase):
            signing_keys.unseal(blob, "888888")
        assert signing_keys.unseal(blob, PASSPHRASE).startswith(b"-----BEGIN PRIVATE KEY")


def test_one_guess_of_the_passphrase_costs_at_least_half_a_second() -> None:
    # Measured afresh: a cost measured earlier in the run, while the machine was busier, would be too low now.
    signing_keys.passphrase_cost.cache_clear()
    sealed = signing_keys.seal(b"secret", PASSPHRASE)
    started = time.perf_counter()
    with pytest.raises(WrongPassphrase):
        signing_keys.unseal(sealed, "another guess!")
    assert time.perf_counter() - started >= signing_keys.MIN_SECONDS_PER_GUESS
    with pytest.raises(FieldError, match="at least 10 characters"):
        signing_keys.seal(b"secret", "123456789")


def test_an_authority_sealed_under_a_pin_is_replaced_at_the_next_approval(services: Services) -> None:
    """Upgrading: the old PIN-sealed authority is retired (its certificate kept to check older sheets)."""
    old = signing_keys.make_authority("衣尚精品", clock.wall_now())
    with services.db.session() as s, s.begin():
        s.merge(Setting(key="ca_certificate_pem", value=old.cert_pem.decode()))
        s.merge(Setting(key="ca_key_sealed", value=(b"BV1" + b"\0" * 60).hex()))
        s.merge(Setting(key="ca_owner_user_id", value="1"))
    assert not services.gifts.has_authority()
    approved(services)
    assert services.gifts.has_authority()
    with services.db.session() as s:
        retired = s.get(Setting, "ca_certificates_retired")
        current = s.get(Setting, "ca_certificate_pem")
        assert retired is not None and retired.value == old.cert_pem.decode()
        assert current is not None and current.value != old.cert_pem.decode()
        assert s.get(Setting, "ca_owner_user_id") is None
    older_sheet = signing.sign_pdf(
        services.gifts.sheet("2026-12"),
        signing_keys.issue_signer(old, "王芳", "衣尚精品", clock.wall_now()),
        old.cert_pem,
        "王芳",
        "before the upgrade",
        "shop",
    )
    assert services.gifts.signature_problem(older_sheet) is None
