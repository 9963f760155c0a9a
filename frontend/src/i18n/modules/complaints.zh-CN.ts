/** Messages of the complaints dashboard section (zh-CN, the schema source). */
const complaints = {
  messages: {
    title: '',
  },
  errors: {},
}

export default complaints
