from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.combolist_exposure_count import CombolistExposureCount
    from ..models.customers_count import CustomersCount
    from ..models.devices_count import DevicesCount
    from ..models.employees_count import EmployeesCount
    from ..models.leak_country_stats import LeakCountryStats
    from ..models.leaks_timeline import LeaksTimeline
    from ..models.leaks_users_sample_data import LeaksUsersSampleData
    from ..models.used_urls_count import UsedUrlsCount
    from ..models.users_count import UsersCount


T = TypeVar("T", bound="GetV1LeaksStatsDomainResponse200")


@_attrs_define
class GetV1LeaksStatsDomainResponse200:
    """
    Attributes:
        leak_devices_count (list[DevicesCount] | Unset):
        leak_customers_count (list[CustomersCount] | Unset):
        leak_user_count (list[UsersCount] | Unset):
        leak_employees_count (list[EmployeesCount] | Unset):
        combolist_exposure (list[CombolistExposureCount] | Unset):
        leak_country_stats (list[LeakCountryStats] | Unset):
        top_used_urls_by_customers (list[UsedUrlsCount] | Unset):
        top_used_urls_by_employees (list[UsedUrlsCount] | Unset):
        top_used_urls_by_user (list[UsedUrlsCount] | Unset):
        leak_customers_timeline (list[LeaksTimeline] | Unset):
        leak_user_timeline (list[LeaksTimeline] | Unset):
        leak_employees_timeline (list[LeaksTimeline] | Unset):
        customers_sample_data (list[LeaksUsersSampleData] | Unset):
        employees_sample_data (list[LeaksUsersSampleData] | Unset):
        user_sample_data (list[LeaksUsersSampleData] | Unset):
    """

    leak_devices_count: list[DevicesCount] | Unset = UNSET
    leak_customers_count: list[CustomersCount] | Unset = UNSET
    leak_user_count: list[UsersCount] | Unset = UNSET
    leak_employees_count: list[EmployeesCount] | Unset = UNSET
    combolist_exposure: list[CombolistExposureCount] | Unset = UNSET
    leak_country_stats: list[LeakCountryStats] | Unset = UNSET
    top_used_urls_by_customers: list[UsedUrlsCount] | Unset = UNSET
    top_used_urls_by_employees: list[UsedUrlsCount] | Unset = UNSET
    top_used_urls_by_user: list[UsedUrlsCount] | Unset = UNSET
    leak_customers_timeline: list[LeaksTimeline] | Unset = UNSET
    leak_user_timeline: list[LeaksTimeline] | Unset = UNSET
    leak_employees_timeline: list[LeaksTimeline] | Unset = UNSET
    customers_sample_data: list[LeaksUsersSampleData] | Unset = UNSET
    employees_sample_data: list[LeaksUsersSampleData] | Unset = UNSET
    user_sample_data: list[LeaksUsersSampleData] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        leak_devices_count: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.leak_devices_count, Unset):
            leak_devices_count = []
            for leak_devices_count_item_data in self.leak_devices_count:
                leak_devices_count_item = leak_devices_count_item_data.to_dict()
                leak_devices_count.append(leak_devices_count_item)

        leak_customers_count: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.leak_customers_count, Unset):
            leak_customers_count = []
            for leak_customers_count_item_data in self.leak_customers_count:
                leak_customers_count_item = leak_customers_count_item_data.to_dict()
                leak_customers_count.append(leak_customers_count_item)

        leak_user_count: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.leak_user_count, Unset):
            leak_user_count = []
            for leak_user_count_item_data in self.leak_user_count:
                leak_user_count_item = leak_user_count_item_data.to_dict()
                leak_user_count.append(leak_user_count_item)

        leak_employees_count: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.leak_employees_count, Unset):
            leak_employees_count = []
            for leak_employees_count_item_data in self.leak_employees_count:
                leak_employees_count_item = leak_employees_count_item_data.to_dict()
                leak_employees_count.append(leak_employees_count_item)

        combolist_exposure: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.combolist_exposure, Unset):
            combolist_exposure = []
            for combolist_exposure_item_data in self.combolist_exposure:
                combolist_exposure_item = combolist_exposure_item_data.to_dict()
                combolist_exposure.append(combolist_exposure_item)

        leak_country_stats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.leak_country_stats, Unset):
            leak_country_stats = []
            for leak_country_stats_item_data in self.leak_country_stats:
                leak_country_stats_item = leak_country_stats_item_data.to_dict()
                leak_country_stats.append(leak_country_stats_item)

        top_used_urls_by_customers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_used_urls_by_customers, Unset):
            top_used_urls_by_customers = []
            for top_used_urls_by_customers_item_data in self.top_used_urls_by_customers:
                top_used_urls_by_customers_item = (
                    top_used_urls_by_customers_item_data.to_dict()
                )
                top_used_urls_by_customers.append(top_used_urls_by_customers_item)

        top_used_urls_by_employees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_used_urls_by_employees, Unset):
            top_used_urls_by_employees = []
            for top_used_urls_by_employees_item_data in self.top_used_urls_by_employees:
                top_used_urls_by_employees_item = (
                    top_used_urls_by_employees_item_data.to_dict()
                )
                top_used_urls_by_employees.append(top_used_urls_by_employees_item)

        top_used_urls_by_user: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_used_urls_by_user, Unset):
            top_used_urls_by_user = []
            for top_used_urls_by_user_item_data in self.top_used_urls_by_user:
                top_used_urls_by_user_item = top_used_urls_by_user_item_data.to_dict()
                top_used_urls_by_user.append(top_used_urls_by_user_item)

        leak_customers_timeline: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.leak_customers_timeline, Unset):
            leak_customers_timeline = []
            for leak_customers_timeline_item_data in self.leak_customers_timeline:
                leak_customers_timeline_item = (
                    leak_customers_timeline_item_data.to_dict()
                )
                leak_customers_timeline.append(leak_customers_timeline_item)

        leak_user_timeline: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.leak_user_timeline, Unset):
            leak_user_timeline = []
            for leak_user_timeline_item_data in self.leak_user_timeline:
                leak_user_timeline_item = leak_user_timeline_item_data.to_dict()
                leak_user_timeline.append(leak_user_timeline_item)

        leak_employees_timeline: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.leak_employees_timeline, Unset):
            leak_employees_timeline = []
            for leak_employees_timeline_item_data in self.leak_employees_timeline:
                leak_employees_timeline_item = (
                    leak_employees_timeline_item_data.to_dict()
                )
                leak_employees_timeline.append(leak_employees_timeline_item)

        customers_sample_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customers_sample_data, Unset):
            customers_sample_data = []
            for customers_sample_data_item_data in self.customers_sample_data:
                customers_sample_data_item = customers_sample_data_item_data.to_dict()
                customers_sample_data.append(customers_sample_data_item)

        employees_sample_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.employees_sample_data, Unset):
            employees_sample_data = []
            for employees_sample_data_item_data in self.employees_sample_data:
                employees_sample_data_item = employees_sample_data_item_data.to_dict()
                employees_sample_data.append(employees_sample_data_item)

        user_sample_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_sample_data, Unset):
            user_sample_data = []
            for user_sample_data_item_data in self.user_sample_data:
                user_sample_data_item = user_sample_data_item_data.to_dict()
                user_sample_data.append(user_sample_data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if leak_devices_count is not UNSET:
            field_dict["leak_devices_count"] = leak_devices_count
        if leak_customers_count is not UNSET:
            field_dict["leak_customers_count"] = leak_customers_count
        if leak_user_count is not UNSET:
            field_dict["leak_user_count"] = leak_user_count
        if leak_employees_count is not UNSET:
            field_dict["leak_employees_count"] = leak_employees_count
        if combolist_exposure is not UNSET:
            field_dict["combolist_exposure"] = combolist_exposure
        if leak_country_stats is not UNSET:
            field_dict["leak_country_stats"] = leak_country_stats
        if top_used_urls_by_customers is not UNSET:
            field_dict["top_used_urls_by_customers"] = top_used_urls_by_customers
        if top_used_urls_by_employees is not UNSET:
            field_dict["top_used_urls_by_employees"] = top_used_urls_by_employees
        if top_used_urls_by_user is not UNSET:
            field_dict["top_used_urls_by_user"] = top_used_urls_by_user
        if leak_customers_timeline is not UNSET:
            field_dict["leak_customers_timeline"] = leak_customers_timeline
        if leak_user_timeline is not UNSET:
            field_dict["leak_user_timeline"] = leak_user_timeline
        if leak_employees_timeline is not UNSET:
            field_dict["leak_employees_timeline"] = leak_employees_timeline
        if customers_sample_data is not UNSET:
            field_dict["customers_sample_data"] = customers_sample_data
        if employees_sample_data is not UNSET:
            field_dict["employees_sample_data"] = employees_sample_data
        if user_sample_data is not UNSET:
            field_dict["user_sample_data"] = user_sample_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.combolist_exposure_count import CombolistExposureCount
        from ..models.customers_count import CustomersCount
        from ..models.devices_count import DevicesCount
        from ..models.employees_count import EmployeesCount
        from ..models.leak_country_stats import LeakCountryStats
        from ..models.leaks_timeline import LeaksTimeline
        from ..models.leaks_users_sample_data import LeaksUsersSampleData
        from ..models.used_urls_count import UsedUrlsCount
        from ..models.users_count import UsersCount

        d = dict(src_dict)
        _leak_devices_count = d.pop("leak_devices_count", UNSET)
        leak_devices_count: list[DevicesCount] | Unset = UNSET
        if _leak_devices_count is not UNSET:
            leak_devices_count = []
            for leak_devices_count_item_data in _leak_devices_count:
                leak_devices_count_item = DevicesCount.from_dict(
                    leak_devices_count_item_data
                )

                leak_devices_count.append(leak_devices_count_item)

        _leak_customers_count = d.pop("leak_customers_count", UNSET)
        leak_customers_count: list[CustomersCount] | Unset = UNSET
        if _leak_customers_count is not UNSET:
            leak_customers_count = []
            for leak_customers_count_item_data in _leak_customers_count:
                leak_customers_count_item = CustomersCount.from_dict(
                    leak_customers_count_item_data
                )

                leak_customers_count.append(leak_customers_count_item)

        _leak_user_count = d.pop("leak_user_count", UNSET)
        leak_user_count: list[UsersCount] | Unset = UNSET
        if _leak_user_count is not UNSET:
            leak_user_count = []
            for leak_user_count_item_data in _leak_user_count:
                leak_user_count_item = UsersCount.from_dict(leak_user_count_item_data)

                leak_user_count.append(leak_user_count_item)

        _leak_employees_count = d.pop("leak_employees_count", UNSET)
        leak_employees_count: list[EmployeesCount] | Unset = UNSET
        if _leak_employees_count is not UNSET:
            leak_employees_count = []
            for leak_employees_count_item_data in _leak_employees_count:
                leak_employees_count_item = EmployeesCount.from_dict(
                    leak_employees_count_item_data
                )

                leak_employees_count.append(leak_employees_count_item)

        _combolist_exposure = d.pop("combolist_exposure", UNSET)
        combolist_exposure: list[CombolistExposureCount] | Unset = UNSET
        if _combolist_exposure is not UNSET:
            combolist_exposure = []
            for combolist_exposure_item_data in _combolist_exposure:
                combolist_exposure_item = CombolistExposureCount.from_dict(
                    combolist_exposure_item_data
                )

                combolist_exposure.append(combolist_exposure_item)

        _leak_country_stats = d.pop("leak_country_stats", UNSET)
        leak_country_stats: list[LeakCountryStats] | Unset = UNSET
        if _leak_country_stats is not UNSET:
            leak_country_stats = []
            for leak_country_stats_item_data in _leak_country_stats:
                leak_country_stats_item = LeakCountryStats.from_dict(
                    leak_country_stats_item_data
                )

                leak_country_stats.append(leak_country_stats_item)

        _top_used_urls_by_customers = d.pop("top_used_urls_by_customers", UNSET)
        top_used_urls_by_customers: list[UsedUrlsCount] | Unset = UNSET
        if _top_used_urls_by_customers is not UNSET:
            top_used_urls_by_customers = []
            for top_used_urls_by_customers_item_data in _top_used_urls_by_customers:
                top_used_urls_by_customers_item = UsedUrlsCount.from_dict(
                    top_used_urls_by_customers_item_data
                )

                top_used_urls_by_customers.append(top_used_urls_by_customers_item)

        _top_used_urls_by_employees = d.pop("top_used_urls_by_employees", UNSET)
        top_used_urls_by_employees: list[UsedUrlsCount] | Unset = UNSET
        if _top_used_urls_by_employees is not UNSET:
            top_used_urls_by_employees = []
            for top_used_urls_by_employees_item_data in _top_used_urls_by_employees:
                top_used_urls_by_employees_item = UsedUrlsCount.from_dict(
                    top_used_urls_by_employees_item_data
                )

                top_used_urls_by_employees.append(top_used_urls_by_employees_item)

        _top_used_urls_by_user = d.pop("top_used_urls_by_user", UNSET)
        top_used_urls_by_user: list[UsedUrlsCount] | Unset = UNSET
        if _top_used_urls_by_user is not UNSET:
            top_used_urls_by_user = []
            for top_used_urls_by_user_item_data in _top_used_urls_by_user:
                top_used_urls_by_user_item = UsedUrlsCount.from_dict(
                    top_used_urls_by_user_item_data
                )

                top_used_urls_by_user.append(top_used_urls_by_user_item)

        _leak_customers_timeline = d.pop("leak_customers_timeline", UNSET)
        leak_customers_timeline: list[LeaksTimeline] | Unset = UNSET
        if _leak_customers_timeline is not UNSET:
            leak_customers_timeline = []
            for leak_customers_timeline_item_data in _leak_customers_timeline:
                leak_customers_timeline_item = LeaksTimeline.from_dict(
                    leak_customers_timeline_item_data
                )

                leak_customers_timeline.append(leak_customers_timeline_item)

        _leak_user_timeline = d.pop("leak_user_timeline", UNSET)
        leak_user_timeline: list[LeaksTimeline] | Unset = UNSET
        if _leak_user_timeline is not UNSET:
            leak_user_timeline = []
            for leak_user_timeline_item_data in _leak_user_timeline:
                leak_user_timeline_item = LeaksTimeline.from_dict(
                    leak_user_timeline_item_data
                )

                leak_user_timeline.append(leak_user_timeline_item)

        _leak_employees_timeline = d.pop("leak_employees_timeline", UNSET)
        leak_employees_timeline: list[LeaksTimeline] | Unset = UNSET
        if _leak_employees_timeline is not UNSET:
            leak_employees_timeline = []
            for leak_employees_timeline_item_data in _leak_employees_timeline:
                leak_employees_timeline_item = LeaksTimeline.from_dict(
                    leak_employees_timeline_item_data
                )

                leak_employees_timeline.append(leak_employees_timeline_item)

        _customers_sample_data = d.pop("customers_sample_data", UNSET)
        customers_sample_data: list[LeaksUsersSampleData] | Unset = UNSET
        if _customers_sample_data is not UNSET:
            customers_sample_data = []
            for customers_sample_data_item_data in _customers_sample_data:
                customers_sample_data_item = LeaksUsersSampleData.from_dict(
                    customers_sample_data_item_data
                )

                customers_sample_data.append(customers_sample_data_item)

        _employees_sample_data = d.pop("employees_sample_data", UNSET)
        employees_sample_data: list[LeaksUsersSampleData] | Unset = UNSET
        if _employees_sample_data is not UNSET:
            employees_sample_data = []
            for employees_sample_data_item_data in _employees_sample_data:
                employees_sample_data_item = LeaksUsersSampleData.from_dict(
                    employees_sample_data_item_data
                )

                employees_sample_data.append(employees_sample_data_item)

        _user_sample_data = d.pop("user_sample_data", UNSET)
        user_sample_data: list[LeaksUsersSampleData] | Unset = UNSET
        if _user_sample_data is not UNSET:
            user_sample_data = []
            for user_sample_data_item_data in _user_sample_data:
                user_sample_data_item = LeaksUsersSampleData.from_dict(
                    user_sample_data_item_data
                )

                user_sample_data.append(user_sample_data_item)

        get_v1_leaks_stats_domain_response_200 = cls(
            leak_devices_count=leak_devices_count,
            leak_customers_count=leak_customers_count,
            leak_user_count=leak_user_count,
            leak_employees_count=leak_employees_count,
            combolist_exposure=combolist_exposure,
            leak_country_stats=leak_country_stats,
            top_used_urls_by_customers=top_used_urls_by_customers,
            top_used_urls_by_employees=top_used_urls_by_employees,
            top_used_urls_by_user=top_used_urls_by_user,
            leak_customers_timeline=leak_customers_timeline,
            leak_user_timeline=leak_user_timeline,
            leak_employees_timeline=leak_employees_timeline,
            customers_sample_data=customers_sample_data,
            employees_sample_data=employees_sample_data,
            user_sample_data=user_sample_data,
        )

        get_v1_leaks_stats_domain_response_200.additional_properties = d
        return get_v1_leaks_stats_domain_response_200

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
