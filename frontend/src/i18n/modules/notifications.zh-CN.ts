/** Messages of the notifications feature (zh-CN, the schema source). */
const notifications = {
  messages: {
    title: '',
  },
  errors: {},
}

export default notifications
