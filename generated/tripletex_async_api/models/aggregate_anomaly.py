from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aggregate_anomaly_check_type import AggregateAnomalyCheckType
from ..models.aggregate_anomaly_status import AggregateAnomalyStatus
from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.change import Change
    from ..models.company import Company
    from ..models.voucher import Voucher


T = TypeVar("T", bound="AggregateAnomaly")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("company", dict, False),
    ("checkType", str, False),
    ("status", str, False),
    ("labels", list, False),
    ("voucher", dict, False),
    ("account", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AggregateAnomaly(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        company (Company | Unset): Vendor of the product
        anomaly_id (int | Unset): [read-only]
        external_anomaly_key (str | Unset): [read-only]
        anomaly_check_id (int | Unset): [read-only]
        check_type (AggregateAnomalyCheckType | Unset): [read-only]
        status (AggregateAnomalyStatus | Unset): [read-only]
        timestamp (str | Unset): [read-only]
        title (str | Unset): [read-only]
        labels (list[str] | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        anomaly_id = self.anomaly_id

        external_anomaly_key = self.external_anomaly_key

        anomaly_check_id = self.anomaly_check_id

        check_type: str | Unset = UNSET
        if not isinstance(self.check_type, Unset):
            check_type = self.check_type.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        timestamp = self.timestamp

        title = self.title

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if company is not UNSET:
            field_dict["company"] = company
        if anomaly_id is not UNSET and not _in_request:
            field_dict["anomalyId"] = anomaly_id
        if external_anomaly_key is not UNSET and not _in_request:
            field_dict["externalAnomalyKey"] = external_anomaly_key
        if anomaly_check_id is not UNSET and not _in_request:
            field_dict["anomalyCheckId"] = anomaly_check_id
        if check_type is not UNSET and not _in_request:
            field_dict["checkType"] = check_type
        if status is not UNSET and not _in_request:
            field_dict["status"] = status
        if timestamp is not UNSET and not _in_request:
            field_dict["timestamp"] = timestamp
        if title is not UNSET and not _in_request:
            field_dict["title"] = title
        if labels is not UNSET and not _in_request:
            field_dict["labels"] = labels
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AggregateAnomaly from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.company import Company  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_company(_tx_v: Any) -> Company | Unset:
            _company = _tx_v
            company: Company | Unset
            if isinstance(_company, Unset):
                company = UNSET
            else:
                company = Company._tx_from_json(_company)

            return company

        def _p_check_type(_tx_v: Any) -> AggregateAnomalyCheckType | Unset:
            _check_type = _tx_v
            check_type: AggregateAnomalyCheckType | Unset
            if isinstance(_check_type, Unset):
                check_type = UNSET
            else:
                check_type = AggregateAnomalyCheckType(_check_type)

            return check_type

        def _p_status(_tx_v: Any) -> AggregateAnomalyStatus | Unset:
            _status = _tx_v
            status: AggregateAnomalyStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = AggregateAnomalyStatus(_status)

            return status

        def _p_labels(_tx_v: Any) -> list[str] | Unset:
            labels = cast(list[str], _tx_v)

            return labels

        def _p_voucher(_tx_v: Any) -> Voucher | Unset:
            _voucher = _tx_v
            voucher: Voucher | Unset
            if isinstance(_voucher, Unset):
                voucher = UNSET
            else:
                voucher = Voucher._tx_from_json(_voucher)

            return voucher

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "company": ("company", _p_company),
            "anomaly_id": ("anomalyId", None),
            "external_anomaly_key": ("externalAnomalyKey", None),
            "anomaly_check_id": ("anomalyCheckId", None),
            "check_type": ("checkType", _p_check_type),
            "status": ("status", _p_status),
            "timestamp": ("timestamp", None),
            "title": ("title", None),
            "labels": ("labels", _p_labels),
            "voucher": ("voucher", _p_voucher),
            "account": ("account", _p_account),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
