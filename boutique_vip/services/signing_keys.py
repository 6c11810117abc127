"""The shop's signing keys: its own certificate authority and the managers' certificates, sealed under the
shop's passphrase (argon2id + AES-256-GCM). The keys exist in the clear only in memory, while signing.

Why a passphrase and not the PIN: the keys live in the database and in every backup. A six-digit PIN falls to
an offline search in hours whatever the hash costs; ten characters or more at half a second a guess do not.
The PIN still says who is signing (with its lockout); the passphrase is what opens the keys.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import os
import struct
import time

from argon2.low_level import Type, hash_secret_raw
from cryptography import x509
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, FieldError, WrongPassphrase
from boutique_vip.reports.signing import KeyPair

CA_YEARS = 20
SIGNER_YEARS = 10
#: The shop's passphrase: long enough that guessing it offline, at the cost below, is out of reach.
PASSPHRASE_MIN = 10
#: What one guess of the passphrase costs (argon2id), measured on the PC where the key is sealed.
MIN_SECONDS_PER_GUESS = 0.5
_MEMORY_KIB = 64 * 1024
_SEAL_VERSION = b"BV2"  # BV1 (sealed under a manager's six-digit PIN) is no longer opened
_HEADER = struct.Struct(">IIB")  # argon2id time cost, memory (KiB), lanes: stored, so a key opens on any PC


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < PASSPHRASE_MIN:
        raise FieldError(
            "passphrase",
            QT_TRANSLATE_NOOP("Validation", "The shop's passphrase needs at least {n} characters."),
            n=PASSPHRASE_MIN,
        )


def _derive(passphrase: str, salt: bytes, time_cost: int, memory: int, lanes: int) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"), salt, time_cost, memory, lanes, hash_len=32, type=Type.ID
    )


@functools.cache
def passphrase_cost() -> tuple[int, int, int]:
    """argon2id parameters that take at least MIN_SECONDS_PER_GUESS here (measured once per run): an attacker
    with a copy of the database, on hardware like the shop's, tries about two passphrases a second."""
    time_cost, salt = 3, os.urandom(16)
    while True:
        started = time.perf_counter()
        _derive("calibration", salt, time_cost, _MEMORY_KIB, 1)
        elapsed = time.perf_counter() - started
        if elapsed >= MIN_SECONDS_PER_GUESS:
            return time_cost, _MEMORY_KIB, 1
        # Aim a little above the floor: the next measurement on a busy PC may run faster.
        time_cost = max(
            time_cost + 1, math.ceil(time_cost * MIN_SECONDS_PER_GUESS * 1.3 / max(elapsed, 1e-3))
        )


def seal(secret: bytes, passphrase: str) -> bytes:
    """Encrypt with a key derived from the shop's passphrase (argon2id + AES-256-GCM); the clear key is never
    stored. The argon2id parameters travel with the blob."""
    check_passphrase(passphrase)
    header = _SEAL_VERSION + _HEADER.pack(*passphrase_cost())
    salt, nonce = os.urandom(16), os.urandom(12)
    key = _derive(passphrase, salt, *_HEADER.unpack(header[3:]))
    return header + salt + nonce + AESGCM(key).encrypt(nonce, secret, header)


def is_sealed_with_passphrase(blob: bytes | None) -> bool:
    return bool(blob) and bytes(blob or b"").startswith(_SEAL_VERSION)


def unseal(blob: bytes, passphrase: str) -> bytes:
    if not is_sealed_with_passphrase(blob):
        raise ValueError("not a key sealed under the shop's passphrase")
    at = len(_SEAL_VERSION) + _HEADER.size
    header, salt, nonce, body = blob[:at], blob[at : at + 16], blob[at + 16 : at + 28], blob[at + 28 :]
    key = _derive(passphrase, salt, *_HEADER.unpack(header[len(_SEAL_VERSION) :]))
    try:
        return AESGCM(key).decrypt(nonce, body, header)
    except InvalidTag:
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP("Errors", "This passphrase does not open the shop's signing key.")
        ) from None


def _new_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def make_authority(shop: str, now: dt.datetime) -> KeyPair:
    """The shop's own root certificate: it vouches for the managers' signing certificates."""
    key = _new_key()
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"{shop} Boutique VIP CA"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, shop),
        ]
    )
    start = now.astimezone(dt.UTC) - dt.timedelta(days=1)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=365 * CA_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return KeyPair(_pem(key), cert.public_bytes(serialization.Encoding.PEM))


def issue_signer(authority: KeyPair, person: str, shop: str, now: dt.datetime) -> KeyPair:
    """A manager's signing certificate, issued by the shop's authority."""
    ca_key = serialization.load_pem_private_key(authority.key_pem, None)
    ca_cert = x509.load_pem_x509_certificate(authority.cert_pem)
    assert isinstance(ca_key, ec.EllipticCurvePrivateKey)
    key = _new_key()
    start = now.astimezone(dt.UTC) - dt.timedelta(days=1)
    cert = (
        x509.CertificateBuilder()
        .subject_name(
            x509.Name(
                [
                    x509.NameAttribute(NameOID.COMMON_NAME, person),
                    x509.NameAttribute(NameOID.ORGANIZATION_NAME, shop),
                ]
            )
        )
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=365 * SIGNER_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    return KeyPair(_pem(key), cert.public_bytes(serialization.Encoding.PEM))
