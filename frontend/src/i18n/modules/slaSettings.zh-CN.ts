/** Messages of the slaSettings feature (zh-CN, the schema source). */
const slaSettings = {
  messages: {
    title: '',
  },
  errors: {},
}

export default slaSettings
