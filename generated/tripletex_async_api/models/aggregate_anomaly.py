from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aggregate_anomaly_check_type import AggregateAnomalyCheckType
from ..models.aggregate_anomaly_status import AggregateAnomalyStatus
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.change import Change
    from ..models.company import Company
    from ..models.voucher import Voucher


T = TypeVar("T", bound="AggregateAnomaly")


@_attrs_define
class AggregateAnomaly(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        company (Company | Unset): Vendor of the product
        anomaly_id (int | Unset):
        external_anomaly_key (str | Unset):
        anomaly_check_id (int | Unset):
        check_type (AggregateAnomalyCheckType | Unset):
        status (AggregateAnomalyStatus | Unset):
        timestamp (str | Unset):
        title (str | Unset):
        labels (list[str] | Unset):
        voucher (Voucher | Unset):
        account (Account | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    company: Company | Unset = UNSET
    anomaly_id: int | Unset = UNSET
    external_anomaly_key: str | Unset = UNSET
    anomaly_check_id: int | Unset = UNSET
    check_type: AggregateAnomalyCheckType | Unset = UNSET
    status: AggregateAnomalyStatus | Unset = UNSET
    timestamp: str | Unset = UNSET
    title: str | Unset = UNSET
    labels: list[str] | Unset = UNSET
    voucher: Voucher | Unset = UNSET
    account: Account | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.company
        if _v is not UNSET:
            field_dict["company"] = _v.to_dict()
        _v = self.anomaly_id
        if _v is not UNSET and not _in_request:
            field_dict["anomalyId"] = _v
        _v = self.external_anomaly_key
        if _v is not UNSET and not _in_request:
            field_dict["externalAnomalyKey"] = _v
        _v = self.anomaly_check_id
        if _v is not UNSET and not _in_request:
            field_dict["anomalyCheckId"] = _v
        _v = self.check_type
        if _v is not UNSET and not _in_request:
            field_dict["checkType"] = _v._value_
        _v = self.status
        if _v is not UNSET and not _in_request:
            field_dict["status"] = _v._value_
        _v = self.timestamp
        if _v is not UNSET and not _in_request:
            field_dict["timestamp"] = _v
        _v = self.title
        if _v is not UNSET and not _in_request:
            field_dict["title"] = _v
        _v = self.labels
        if _v is not UNSET and not _in_request:
            field_dict["labels"] = _v
        _v = self.voucher
        if _v is not UNSET:
            field_dict["voucher"] = _v.to_dict()
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AggregateAnomaly from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AggregateAnomaly.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.company import Company  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

        _new = object.__new__
        _e_check_type: dict[Any, Any] = enum_members(AggregateAnomalyCheckType)
        _e_status: dict[Any, Any] = enum_members(AggregateAnomalyStatus)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "company",
                "anomalyId",
                "externalAnomalyKey",
                "anomalyCheckId",
                "checkType",
                "status",
                "timestamp",
                "title",
                "labels",
                "voucher",
                "account",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "anomalyId": "anomaly_id",
            "externalAnomalyKey": "external_anomaly_key",
            "anomalyCheckId": "anomaly_check_id",
            "timestamp": "timestamp",
            "title": "title",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.company = o.anomaly_id = o.external_anomaly_key = (
                        o.anomaly_check_id
                    ) = o.check_type = o.status = o.timestamp = o.title = o.labels = o.voucher = o.account = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.company = o.anomaly_id = o.external_anomaly_key = (
                        o.anomaly_check_id
                    ) = o.check_type = o.status = o.timestamp = o.title = o.labels = o.voucher = o.account = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                k = "company"
                v = g("company")
                if v is None:
                    o.company = u
                    if "company" not in d:
                        m += 1
                else:
                    o.company = Company._tx_parse(v)
                v = g("anomalyId")
                if v is None:
                    o.anomaly_id = u
                    if "anomalyId" not in d:
                        m += 1
                else:
                    o.anomaly_id = v
                v = g("externalAnomalyKey")
                if v is None:
                    o.external_anomaly_key = u
                    if "externalAnomalyKey" not in d:
                        m += 1
                else:
                    o.external_anomaly_key = v
                v = g("anomalyCheckId")
                if v is None:
                    o.anomaly_check_id = u
                    if "anomalyCheckId" not in d:
                        m += 1
                else:
                    o.anomaly_check_id = v
                k = "checkType"
                v = g("checkType")
                if v is None:
                    o.check_type = u
                    if "checkType" not in d:
                        m += 1
                else:
                    o.check_type = (
                        e_ if (e_ := _e_check_type.get(v)) is not None else enum_value(AggregateAnomalyCheckType, v)
                    )
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = e_ if (e_ := _e_status.get(v)) is not None else enum_value(AggregateAnomalyStatus, v)
                v = g("timestamp")
                if v is None:
                    o.timestamp = u
                    if "timestamp" not in d:
                        m += 1
                else:
                    o.timestamp = v
                v = g("title")
                if v is None:
                    o.title = u
                    if "title" not in d:
                        m += 1
                else:
                    o.title = v
                k = "labels"
                v = g("labels")
                if v is None:
                    o.labels = u
                    if "labels" not in d:
                        m += 1
                else:
                    o.labels = v
                k = "voucher"
                v = g("voucher")
                if v is None:
                    o.voucher = u
                    if "voucher" not in d:
                        m += 1
                else:
                    o.voucher = Voucher._tx_parse(v)
                k = "account"
                v = g("account")
                if v is None:
                    o.account = u
                    if "account" not in d:
                        m += 1
                else:
                    o.account = Account._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 15 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("company", "company"),
            ("anomaly_id", "anomalyId"),
            ("external_anomaly_key", "externalAnomalyKey"),
            ("anomaly_check_id", "anomalyCheckId"),
            ("check_type", "checkType"),
            ("status", "status"),
            ("timestamp", "timestamp"),
            ("title", "title"),
            ("labels", "labels"),
            ("voucher", "voucher"),
            ("account", "account"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.company
            o.company = u if v is None or v is u else Company._tx_parse(v)
            v = s.anomaly_id
            o.anomaly_id = u if v is None else v
            v = s.external_anomaly_key
            o.external_anomaly_key = u if v is None else v
            v = s.anomaly_check_id
            o.anomaly_check_id = u if v is None else v
            v = s.check_type
            o.check_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_check_type.get(v)) is not None
                else enum_value(AggregateAnomalyCheckType, v)
            )
            v = s.status
            o.status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status.get(v)) is not None
                else enum_value(AggregateAnomalyStatus, v)
            )
            v = s.timestamp
            o.timestamp = u if v is None else v
            v = s.title
            o.title = u if v is None else v
            v = s.labels
            o.labels = u if v is None or v is u else v
            v = s.voucher
            o.voucher = u if v is None or v is u else Voucher._tx_parse(v)
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
